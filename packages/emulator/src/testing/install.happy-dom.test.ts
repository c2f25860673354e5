// @vitest-environment happy-dom
import { testingEntrySuite } from './testing.suite.ts'

// happy-dom also tries to load the CDN script itself (and fails): the emulator must win.
testingEntrySuite('happy-dom')
