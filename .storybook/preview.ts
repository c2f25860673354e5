// The preview lives beside the stories so that it resolves the same packages they do.
export { default } from '../packages/react/src/stories/preview.ts'
