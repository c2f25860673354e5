// custom-elements.json is generated (`pnpm run manifest`, before each Storybook run); the stories
// import it under this name, aliased in .storybook/main.ts, so type checks never read a file being written.
declare module 'virtual:custom-elements.json' {
  const manifest: { schemaVersion: string; modules: unknown[] }
  export default manifest
}
