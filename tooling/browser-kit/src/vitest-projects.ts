import { BROWSER_ENGINES, type BrowserEngine, engineName } from './engines.ts'

/** The engines a run covers: `BROWSER_ENGINES` (comma-separated), default all three. */
export function selectedEngines(): BrowserEngine[] {
  const list = process.env.BROWSER_ENGINES
  if (!list) return [...BROWSER_ENGINES]
  const engines = list.split(',').map((engine) => engine.trim())
  for (const engine of engines) {
    if (!(BROWSER_ENGINES as readonly string[]).includes(engine)) {
      throw new Error(
        `BROWSER_ENGINES lists "${engine}"; use a comma-separated subset of ${BROWSER_ENGINES.join(', ')}.`,
      )
    }
  }
  return engines as BrowserEngine[]
}

/** The part of a Vitest project's `test` options {@link engineProjects} needs. */
export interface EngineTestOptions {
  name: string
  include: string[]
  [option: string]: unknown
}

/**
 * One Vitest project per engine (each inherits the root config and sets `BROWSER_ENGINE`, which
 * `launchBrowser()` reads): Chromium runs `test.include`; Firefox and WebKit run `crossEngine`
 * (default: the same files), only the tests whose names match `crossEngineTests` when given.
 * `expect.poll` waits up to 5 s in every engine. A run covers {@link selectedEngines}.
 *
 * @example
 * ```ts
 * export default defineConfig({
 *   test: { projects: engineProjects({ name: 'my-suite', include: ['e2e/*.e2e.test.ts'] }) },
 * })
 * ```
 */
export function engineProjects(
  test: EngineTestOptions,
  {
    crossEngine = test.include,
    crossEngineTests,
  }: { crossEngine?: string[]; crossEngineTests?: RegExp } = {},
) {
  return selectedEngines().map((engine) => ({
    extends: true as const,
    test: {
      // Vitest's 1 s is shorter than some of what a page does on a busy machine (the emulated
      // widget alone shows its success screen 800 ms before calling back), and WebDriver round
      // trips (WebKit) and BiDi (Firefox) make each poll slower than over CDP.
      expect: { poll: { timeout: 5_000 } },
      ...test,
      name: `${test.name} ${engineName(engine)}`,
      include: engine === 'chromium' ? test.include : crossEngine,
      env: { ...(test.env as Record<string, string> | undefined), BROWSER_ENGINE: engine },
      ...(engine !== 'chromium' && crossEngineTests && { testNamePattern: crossEngineTests }),
    },
  }))
}
