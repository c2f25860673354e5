import { countWidgetRequests, logInToInstitution, openPage } from '@belvo-widget/e2e-kit'
import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import react from '@vitejs/plugin-react'
import vue from '@vitejs/plugin-vue'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  backends,
  browser,
  example,
  GLOBALS,
  generated,
  html,
  linkAnAccount,
  pageWithEmulatedCdn,
  pageWithEmulatedCdns,
  serveApp,
  useBackendsAndBrowser,
} from './readme-apps.ts'

// The README's examples, copied as they are into fresh Vite apps (the Angular one is in
// angular.e2e.test.ts). They use Belvo's CDN address and a relative `/api/widget-token`, as a
// real app would: the browser's requests to the CDN are answered by the emulator, and `/api` is
// proxied to the demo server ("your backend").

useBackendsAndBrowser()

describe('README examples, as written', () => {
  it('Plain JavaScript: createBelvoWidget on a button', async () => {
    const url = await serveApp(
      generated('plain'),
      {
        'index.html': html('<button id="add-account">Add bank account</button>', 'main.ts'),
        'main.ts': `import './globals.js'\n${example('Plain JavaScript')}`,
      },
      [],
    )
    await linkAnAccount(url)
  })

  describe("Coming from Belvo's snippet", () => {
    const before = example("Coming from Belvo's snippet", 'js', 0)
    const after = example("Coming from Belvo's snippet", 'js', 1)

    /** Answers the snippet's `GET /get-access-token` with a token from the demo backend. */
    const tokenRoute = async (page: Page, wait?: Promise<unknown>) => {
      await page.route('**/get-access-token', async (route) => {
        await wait
        const response = await route.fetch({
          url: `${backends.demo.url}/api/widget-token`,
          method: 'POST',
        })
        await route.fulfill({ response })
      })
    }

    const linksAccount = async (page: Page) => {
      await logInToInstitution(page, SANDBOX_CREDENTIALS.success)
      const output = page.locator('#saved')
      await output.waitFor()
      expect(await output.textContent()).toMatch(/^erebor_mx_retail [0-9a-f-]{36}$/)
    }

    it('before: the snippet as Belvo writes it, with its script tag and #belvo', async () => {
      const url = await serveApp(
        generated('snippet-before'),
        {
          'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Belvo snippet</title>
<script src="https://cdn.belvo.io/belvo-widget-1-stable.js" async></script></head>
<body><div id="belvo"></div><script src="./globals.js"></script><script src="./snippet.js"></script></body></html>`,
          'public/globals.js': GLOBALS,
          'public/snippet.js': before,
        },
        [],
      )
      const page = await pageWithEmulatedCdn()
      // The snippet assumes Belvo's script is there when the token arrives (its own race, which
      // the after code has not): the token answers once the script has.
      const script = page.waitForResponse(/belvo-widget-1-stable\.js/)
      await tokenRoute(page, script)
      await page.goto(url)
      await linksAccount(page)
      await page.context().close()
    })

    it('after: createBelvoWidget with the same functions and keys, no script tag, no #belvo', async () => {
      const functions = before.replace('getAccessToken().then(openBelvoWidget)', '')
      expect(functions).not.toBe(before)
      const url = await serveApp(
        generated('snippet-after'),
        {
          'index.html': html('', 'main.js'),
          'main.js': `import './globals.js'\n${functions}\n${after}`,
        },
        [],
      )
      const page = await pageWithEmulatedCdn()
      const seen = countWidgetRequests(page)
      await tokenRoute(page)
      await page.goto(url)
      await linksAccount(page)
      expect(seen.script).toBe(1)
      expect(await page.locator('#belvo').count()).toBe(0)
      await page.context().close()
    })
  })

  describe('React', () => {
    let url: string
    beforeAll(async () => {
      url = await serveApp(
        generated('react'),
        {
          'index.html': html('<div id="root"></div>', 'main.tsx'),
          'Example.tsx': example('React'),
          'main.tsx': [
            "import './globals.js'",
            "import { StrictMode } from 'react'",
            "import { createRoot } from 'react-dom/client'",
            "import { AddBankAccount } from './Example.tsx'",
            "createRoot(document.getElementById('root')!).render(<StrictMode><AddBankAccount /></StrictMode>)",
          ].join('\n'),
        },
        [react()],
      )
    })

    it('useBelvoWidget under StrictMode links an account', async () => {
      await linkAnAccount(url)
    })

    it('shows the typed error when the CDN cannot be reached', async () => {
      const page = await openPage(browser)
      await page.route('https://cdn.belvo.io/**', (route) => route.abort('internetdisconnected'))
      await page.goto(url)
      await page.getByRole('button', { name: 'Add bank account' }).click()
      const alert = page.getByRole('alert')
      await alert.waitFor()
      expect(await alert.textContent()).toContain(
        'https://cdn.belvo.io/belvo-widget-1-stable.js failed to load',
      )
      expect(await page.locator('script[src*="cdn.belvo.io"]').count()).toBe(0)
      await page.context().close()
    })
  })

  it('Vue: the useBelvoWidget composable in <script setup>', async () => {
    const url = await serveApp(
      generated('vue'),
      {
        'index.html': html('<div id="app"></div>', 'main.ts'),
        'App.vue': example('Vue'),
        'main.ts': [
          "import './globals.js'",
          "import { createApp } from 'vue'",
          "import App from './App.vue'",
          "createApp(App).mount('#app')",
        ].join('\n'),
      },
      [vue()],
    )
    await linkAnAccount(url)
  })

  describe('Any other framework: <belvo-widget>', () => {
    it('a page with no build step, the element and core from jsDelivr through the import map', async () => {
      const root = generated('element-html')
      // Served as written: no bundler, only a static server (with /api passed to the backend).
      const url = await serveApp(
        root,
        {
          'index.html': html(
            `<script src="./globals.js"></script>\n${example('Any other framework', 'html')}`,
          ),
        },
        [],
        { outDir: '.', buildWith: () => {} },
      )
      await linkAnAccount(url, undefined, pageWithEmulatedCdns)
    })

    it('Svelte 5: properties and onbelvo-* events, built with Vite', async () => {
      const url = await serveApp(
        generated('element-svelte'),
        {
          'index.html': html('<div id="app"></div>', 'main.ts'),
          'App.svelte': example('Any other framework', 'svelte'),
          'main.ts': [
            "import './globals.js'",
            "import { mount } from 'svelte'",
            "import App from './App.svelte'",
            "mount(App, { target: document.getElementById('app')! })",
          ].join('\n'),
        },
        [svelte()],
      )
      // The example passes only the link id to saveLink.
      await linkAnAccount(url, /^[0-9a-f-]{36}$/)
    })
  })
})
