// `pnpm run build` first (turbo runs it). A Playwright suite of this example's production build
// that uses only the published `@belvo-widget/emulator/playwright`: the emulator packed as it
// would be published, installed from the tarball with @playwright/test outside the workspace.
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runPackedSuite } from '@belvo-widget/browser-kit'
import { expect, it } from 'vitest'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const emulator = dirname(
  createRequire(import.meta.url).resolve('@belvo-widget/emulator/package.json'),
)

it('links an account and leaves after a failed login with the packed Playwright entry', async () => {
  const report = await runPackedSuite({
    template: here('./playwright-suite'),
    packed: { '@belvo-widget/emulator': emulator },
    dependencies: { '@playwright/test': '1.65.1' },
    env: { NEXT_APP_DIR: here('..') },
  })
  expect(report.errors).toEqual([])
  expect(report.tests.filter((test) => test.status !== 'expected')).toEqual([])
  expect(report.tests.map((test) => test.title)).toEqual([
    'links an account and lists its accounts: one SDK script, one token',
    'a failed login, then the user leaves: no accounts',
  ])
}, 240_000)
