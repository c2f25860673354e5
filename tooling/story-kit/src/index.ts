export { configArgTypes, optionArgs, optionArgTypes, splitConfig } from './arg-types.ts'
export { belvoEmulator } from './emulator.ts'
export {
  findWidget,
  type OutcomeSpies,
  optionSpies,
  playAbandon,
  playInvalidConfig,
  playOutcome,
  pressAdd,
  runWalk,
} from './play.ts'
