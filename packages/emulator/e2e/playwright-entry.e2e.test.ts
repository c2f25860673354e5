// The published `@belvo-widget/emulator/playwright` in a fresh Vite React app's own Playwright
// suite: the emulator is packed as it would be published and installed from the tarball, with
// React, Vite and @playwright/test, in a folder outside the workspace.
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { installFreshApp, packPackage, runPlaywrightTests } from '@belvo-widget/browser-kit'
import { afterAll, expect, it } from 'vitest'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const cleanup: string[] = []
afterAll(() => Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true }))))

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

it('a fresh Vite React app links an account, fails a login and finds the widget in an iframe with it', async () => {
  const packs = await mkdtemp(join(tmpdir(), 'emulator-pack-'))
  cleanup.push(packs)
  const tarball = await packPackage(here('..'), packs)
  const app = await installFreshApp({
    template: here('./fresh-app'),
    dependencies: {
      '@belvo-widget/emulator': `file:${tarball}`,
      '@playwright/test': '1.65.1',
      '@vitejs/plugin-react': '6.3.0',
      react: '19.3.1',
      'react-dom': '19.3.1',
      vite: '8.3.8',
    },
  })
  cleanup.push(app)
  const report = await runPlaywrightTests(app, {
    EMULATOR_PORT: String(await freePort()),
    APP_PORT: String(await freePort()),
  })
  expect(report.errors).toEqual([])
  expect(report.tests.filter((test) => test.status !== 'expected')).toEqual([])
  expect(report.tests.map((test) => test.title)).toEqual([
    'links an account: one SDK script and one token',
    'links with MFA at another institution',
    'a failed login, then the user leaves',
    'finds the widget in an iframe',
    'says what to do when no widget opens',
  ])
}, 240_000)
