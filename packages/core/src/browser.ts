// `dist/browser.js`: for pages with no build step (an import map pointing at a CDN). One file,
// built as production, with the exports of the main entry, `/config` and `/preload`, so one
// mapping serves every one of them.
export * from './config-entry.ts'
export * from './index.ts'
export * from './preload.ts'
