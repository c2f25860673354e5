// The Storybooks composed into the root one, found rather than listed: every workspace package
// under packages/ whose package.json has a "storybook" field ({ "title", "port" }) and a
// "build-storybook" script (output: storybook-static). .storybook/main.ts turns them into
// `refs`, and scripts/storybook.mjs starts, builds, copies and tests them.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * @typedef {object} ComposedStorybook
 * @property {string} id     the ref's id and its folder in the static build (the package's folder name)
 * @property {string} title  its heading in the sidebar
 * @property {number} port   where the package's own `storybook` script serves it in development
 * @property {string} dir    the package folder, relative to the repository root
 */

/**
 * The composed Storybooks, sorted by title.
 * @param {string} root the repository root
 * @returns {ComposedStorybook[]}
 */
export function composedStorybooks(root) {
  const found = []
  for (const name of readdirSync(join(root, 'packages')).sort()) {
    const dir = `packages/${name}`
    const manifestPath = join(root, dir, 'package.json')
    if (!existsSync(manifestPath)) continue
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
    const declared = manifest.storybook
    if (!declared) continue
    if (typeof declared.title !== 'string' || !Number.isInteger(declared.port)) {
      throw new Error(
        `${dir}/package.json: "storybook" must be { "title": string, "port": number }, got ${JSON.stringify(declared)}`,
      )
    }
    if (!manifest.scripts?.['build-storybook']) {
      throw new Error(
        `${dir}/package.json declares a Storybook but has no "build-storybook" script (output: storybook-static).`,
      )
    }
    found.push({ id: name, title: declared.title, port: declared.port, dir })
  }
  return found.sort((a, b) => a.title.localeCompare(b.title))
}
