// @vitest-environment jsdom
import { testingEntrySuite } from './testing.suite.ts'

testingEntrySuite('jsdom')
