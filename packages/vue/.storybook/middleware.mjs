// See .storybook/ref-middleware.mjs at the repository root.
export { default } from '../../../.storybook/ref-middleware.mjs'
