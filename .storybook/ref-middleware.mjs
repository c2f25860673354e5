// Besides index.json, Storybook's manager asks every composed Storybook for two optional files:
// stories.json (the index format before Storybook 7) and metadata.json (its versions). Ours
// have neither, and the 404s (CORS errors, from the Angular dev server) filled the composed
// Storybook's console. Each composed Storybook's `.storybook/middleware.mjs` re-exports this, so
// its dev server answers both with an empty object, which the manager reads as "nothing to add";
// scripts/storybook.mjs writes the same two files into the static build.

/** The optional files, relative to a composed Storybook's root. */
export const OPTIONAL_REF_FILES = ['stories.json', 'metadata.json']

/** @param {{ use(handler: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void): void }} app */
export default function refMiddleware(app) {
  app.use((req, res, next) => {
    const path = (req.url ?? '').split('?')[0]
    if (req.method !== 'GET' || !OPTIONAL_REF_FILES.some((file) => path === `/${file}`)) {
      next()
      return
    }
    res.setHeader('Access-Control-Allow-Origin', '*')
    res.setHeader('Content-Type', 'application/json')
    res.end('{}')
  })
}
