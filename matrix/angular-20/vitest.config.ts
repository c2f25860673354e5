import { angularSuiteWith } from '../../apps/readme-examples/vitest.angular.config.ts'

// apps/readme-examples' Angular suite, built with this package's Angular.
export default angularSuiteWith(new URL('./', import.meta.url))
