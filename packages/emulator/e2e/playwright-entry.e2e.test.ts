// The published `@belvo-widget/emulator/playwright` in a fresh Vite React app's own Playwright
// suite: the emulator is packed as it would be published and installed from the tarball, with
// React, Vite and @playwright/test, in a folder outside the workspace.
import { fileURLToPath } from 'node:url'
import { runPackedSuite } from '@belvo-widget/browser-kit'
import { expect, it } from 'vitest'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

it('a fresh Vite React app links an account, fails a login and finds the widget in an iframe with it', async () => {
  const report = await runPackedSuite({
    template: here('./fresh-app'),
    packed: { '@belvo-widget/emulator': here('..') },
    dependencies: {
      '@playwright/test': '1.65.1',
      '@vitejs/plugin-react': '6.3.0',
      react: '19.3.1',
      'react-dom': '19.3.1',
      vite: '8.3.8',
    },
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
