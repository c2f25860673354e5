export { type ExampleServer, startExampleServer } from './server.ts'
export { describeExample, type Example } from './suite.ts'
