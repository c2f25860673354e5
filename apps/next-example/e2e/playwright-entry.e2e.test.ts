// `pnpm run build` first (turbo runs it). A Playwright suite of this example's production build
// that uses only the published `@belvo-widget/emulator/playwright`: the emulator packed as it
// would be published, installed from the tarball with @playwright/test outside the workspace.
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { installFreshApp, packPackage, runPlaywrightTests } from '@belvo-widget/browser-kit'
import { afterAll, expect, it } from 'vitest'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const emulatorDir = dirname(
  createRequire(import.meta.url).resolve('@belvo-widget/emulator/package.json'),
)
const cleanup: string[] = []
afterAll(() => Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true }))))

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

it('links an account and leaves after a failed login with the packed Playwright entry', async () => {
  const packs = await mkdtemp(join(tmpdir(), 'emulator-pack-'))
  cleanup.push(packs)
  const suite = await installFreshApp({
    template: here('./playwright-suite'),
    dependencies: {
      '@belvo-widget/emulator': `file:${await packPackage(emulatorDir, packs)}`,
      '@playwright/test': '1.65.1',
    },
  })
  cleanup.push(suite)
  const report = await runPlaywrightTests(suite, {
    EMULATOR_PORT: String(await freePort()),
    APP_PORT: String(await freePort()),
    NEXT_APP_DIR: here('..'),
  })
  expect(report.errors).toEqual([])
  expect(report.tests.filter((test) => test.status !== 'expected')).toEqual([])
  expect(report.tests.map((test) => test.title)).toEqual([
    'links an account and lists its accounts: one SDK script, one token',
    'a failed login, then the user leaves: no accounts',
  ])
}, 240_000)
