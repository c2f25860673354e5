import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type LoopbackServer, serveOnLoopback } from '@belvo-widget/browser-kit'
import { buildHostedWidgetUrl } from '@belvo-widget/core/hosted'
import {
  answerBelvoHosts,
  type Backends,
  countWidgetRequests,
  engineName,
  launchBrowser,
  logInToInstitution,
  openPage,
  startBackends,
} from '@belvo-widget/e2e-kit'
import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/sandbox'
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

// The built element (dist/, what users get) in each engine (Debian's browsers), loaded the no-build way: an
// import map and a module script, from a page served on 127.0.0.1 whose /api/widget-token is
// the demo server's; the SDK is the emulator's.
const dist = {
  element: fileURLToPath(new URL('../dist/', import.meta.url)),
  core: join(
    dirname(createRequire(import.meta.url).resolve('@belvo-widget/core/package.json')),
    'dist',
  ),
}

let backends: Backends
let browser: Browser
let page: Page
let site: LoopbackServer
let origin: string
// What the next page request gets: the HTML around the test's markup, and its headers.
let current = { html: '', headers: {} as Record<string, string> }

beforeAll(async () => {
  backends = await startBackends()
  browser = await launchBrowser()
  site = await serveOnLoopback(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    if (pathname === '/api/widget-token') {
      const reply = await fetch(`${backends.demo.url}/api/widget-token`, { method: 'POST' })
      res.writeHead(reply.status, { 'content-type': 'application/json' }).end(await reply.text())
      return
    }
    const [, pkg, file] = pathname.match(/^\/(element|core)\/([\w.-]+)$/) ?? []
    if (pkg && file) {
      const code = await readFile(join(dist[pkg as 'element' | 'core'], file)).catch(() => null)
      res.writeHead(code ? 200 : 404, { 'content-type': 'text/javascript' }).end(code)
      return
    }
    res.writeHead(200, { 'content-type': 'text/html', ...current.headers }).end(current.html)
  })
  origin = site.url
})
afterAll(async () => {
  await browser?.close()
  await site?.close()
  await backends?.close()
})
afterEach(() => page?.context().close())

/**
 * Opens a page whose body is `body`, with the element defined; `headers` go with the page. The
 * page records the CSP violations it meets in `window.violations`. With `belvoHosts`, Belvo's
 * own hosts (its CDN, its widget's API, the hosted widget) are answered by the emulator, so a
 * page can load the SDK from its real address under a policy that names the real hosts.
 */
async function openWith(
  body: string,
  headers: Record<string, string> = {},
  nonce = '',
  { belvoHosts = false } = {},
) {
  const n = nonce && ` nonce="${nonce}"`
  current = {
    headers,
    html: `<!doctype html><html><head>
      <script${n}>window.violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          violations.push(e.effectiveDirective + ' ' + e.blockedURI))</script>
      <script type="importmap"${n}>{ "imports": {
        "@belvo-widget/element/define": "/element/define.js",
        "@belvo-widget/core": "/core/browser.js" } }</script>
      <script type="module"${n}>import '@belvo-widget/element/define'</script>
      </head><body>${body}</body></html>`,
  }
  page = await openPage(browser)
  if (belvoHosts) await answerBelvoHosts(page, backends.emulator.url)
  const seen = countWidgetRequests(page)
  await page.goto(`${origin}/`)
  await page.waitForFunction(() => customElements.get('belvo-widget'))
  return seen
}

/** Every `belvo-*` event that reached `document`, as `[type, detail]`. */
const recordEvents = () =>
  page.evaluate(() => {
    const seen: unknown[] = []
    ;(window as unknown as { seen: unknown[] }).seen = seen
    for (const type of ['belvo-success', 'belvo-exit', 'belvo-event', 'belvo-error']) {
      document.addEventListener(type, (event) => {
        const { detail } = event as CustomEvent
        // An error's message is no own property: copy what a page would show.
        const plain =
          detail instanceof Error
            ? { code: (detail as { code?: string }).code, message: detail.message }
            : detail
        seen.push([type, JSON.parse(JSON.stringify(plain))])
      })
    }
  })
const events = () => page.evaluate(() => (window as unknown as { seen: [string, unknown][] }).seen)
const matches = (selector: string) =>
  page.locator('belvo-widget').evaluate((el, s) => el.matches(s), selector)

describe(`<belvo-widget> in ${engineName()}`, () => {
  it('links an account with token-url, one token and one script, its state in CSS', async () => {
    const seen = await openWith(
      `<belvo-widget token-url="/api/widget-token" locale="en" src="${backends.emulator.scriptUrl}">
         <button slot="trigger">Add bank account</button>
       </belvo-widget>`,
    )
    await recordEvents()
    expect(await matches(':state(idle)')).toBe(true)
    await page.getByRole('button', { name: 'Add bank account' }).click()
    await logInToInstitution(page, SANDBOX_CREDENTIALS.success)

    await expect.poll(() => page.locator('belvo-widget').getAttribute('status')).toBe('success')
    expect(await matches(':state(success)')).toBe(true)
    expect(await matches(':state(open)')).toBe(false)
    const [success] = (await events()).filter(([type]) => type === 'belvo-success')
    expect(success?.[1]).toEqual({
      link: expect.stringMatching(/^[0-9a-f-]{36}$/),
      institution: 'erebor_mx_retail',
    })
    expect(await page.locator('#belvo').count()).toBe(0)
    expect(seen).toEqual({ script: 1, token: 1 })
  })

  it('with prefetch, has the token and the script when the click lands: one of each', async () => {
    const seen = await openWith(
      `<belvo-widget prefetch token-url="/api/widget-token" locale="en" src="${backends.emulator.scriptUrl}">
         <button slot="trigger">Add bank account</button>
       </belvo-widget>`,
    )
    const button = page.getByRole('button', { name: 'Add bank account' })
    await button.hover()
    await expect.poll(() => ({ ...seen })).toEqual({ script: 1, token: 1 })
    expect(await page.locator('belvo-widget').getAttribute('status')).toBe('idle')
    await button.focus()
    await button.click()
    await page.locator('#belvo').getByRole('dialog').waitFor()
    expect(seen).toEqual({ script: 1, token: 1 })
  })

  it('reports through a shadow root: the events are composed', async () => {
    await openWith(`<div id="host"></div>`)
    await recordEvents()
    await page.evaluate((src) => {
      const root = document.getElementById('host')!.attachShadow({ mode: 'open' })
      root.innerHTML = `<belvo-widget token-url="/api/widget-token" locale="en" src="${src}"><button>Add bank account</button></belvo-widget>`
    }, backends.emulator.scriptUrl)
    await page.getByRole('button', { name: 'Add bank account' }).click()
    const widget = await logInToInstitution(page, SANDBOX_CREDENTIALS.invalidCredentials)
    await widget.getByRole('alert').waitFor()
    await widget.getByRole('button', { name: 'Close' }).click()
    const exit = page.locator('#belvo').getByRole('button', { name: 'Exit', exact: true })
    if (await exit.isVisible().catch(() => false)) await exit.click()

    await expect
      .poll(async () => (await events()).find(([type]) => type === 'belvo-exit')?.[1])
      .toMatchObject({ last_encountered_error: { code: 'login_error' } })
  })

  it('loads the SDK under a nonce-based CSP with the nonce attribute, which the page hides', async () => {
    const nonce = 'r4nd0m'
    await openWith(
      `<belvo-widget token-url="/api/widget-token" locale="en" nonce="${nonce}" src="${backends.emulator.scriptUrl}">
         <button>Add bank account</button>
       </belvo-widget>`,
      { 'content-security-policy': `script-src 'nonce-${nonce}'` },
      nonce,
    )
    // Browsers hide nonces from attributes under a CSP header; the element reads the property.
    expect(await page.locator('belvo-widget').getAttribute('nonce')).toBe('')
    await page.getByRole('button', { name: 'Add bank account' }).click()
    await page.locator('#belvo').getByRole('dialog').waitFor()
    expect(await matches(':state(open)')).toBe(true)
  })

  describe('under the README’s Content Security Policy, exactly', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
    /** The directives of the `csp` block under `### heading` in the README. */
    const readmeDirectives = (heading: string) => {
      const section = readme.split(/^### /m).find((part) => part.startsWith(heading))
      const block = section?.match(/```csp\n([\s\S]*?)```/)?.[1]
      if (!block) throw new Error(`README.md has no csp block under "### ${heading}"`)
      return new Map(
        block
          .split(';')
          .map((directive) => directive.trim().split(/\s+/))
          .filter(([name]) => name)
          .map(([name, ...sources]) => [name!, sources]),
      )
    }
    /**
     * A strict page's policy: `default-src 'self'`, its own scripts by nonce, and the README's
     * sources added to each directive (less `without`, for the checks that it matters).
     */
    const policy = (heading: string, nonce: string, without: string[] = []) => {
      const directives = readmeDirectives(heading)
      const own: Record<string, string[]> = {
        'script-src': ["'self'", `'nonce-${nonce}'`],
        'connect-src': ["'self'"],
        'img-src': ["'self'"],
        'style-src': ["'self'"],
        'frame-src': ["'self'"],
      }
      const names = new Set([...Object.keys(own), ...directives.keys()])
      return [
        "default-src 'self'",
        ...[...names].map((name) =>
          [name, ...(own[name] ?? []), ...(directives.get(name) ?? [])]
            .filter((source) => !without.includes(source))
            .join(' '),
        ),
      ].join('; ')
    }
    const violations = () =>
      page.evaluate(() => (window as unknown as { violations: string[] }).violations)
    const SDK = 'SDK widget'
    const nonce = 'r4nd0m'

    // No `src` and no `nonce` on the element: Belvo's CDN address, allowed by its host alone.
    const element = `<belvo-widget token-url="/api/widget-token" locale="en">
         <button slot="trigger">Add bank account</button>
       </belvo-widget>`

    it('SDK widget: loads Belvo’s script from its CDN and links an account, with no violation', async () => {
      const seen = await openWith(
        element,
        { 'content-security-policy': policy(SDK, nonce) },
        nonce,
        { belvoHosts: true },
      )
      await recordEvents()
      await page.getByRole('button', { name: 'Add bank account' }).click()
      await logInToInstitution(page, SANDBOX_CREDENTIALS.success)
      await expect.poll(() => page.locator('belvo-widget').getAttribute('status')).toBe('success')
      expect(seen).toEqual({ script: 1, token: 1 })
      expect(await violations()).toEqual([])
    })

    it('SDK widget: the check is real: without the widget API’s host the widget cannot start', async () => {
      await openWith(
        element,
        { 'content-security-policy': policy(SDK, nonce, ['https://widget-api.belvo.com']) },
        nonce,
        { belvoHosts: true },
      )
      await page.getByRole('button', { name: 'Add bank account' }).click()
      await expect
        .poll(violations)
        .toContain('connect-src https://widget-api.belvo.com/widget/session')
    })

    it('hosted widget: shows in an iframe of the page, with no violation; refused without frame-src', async () => {
      const hosted = async (without: string[] = []) => {
        await openWith(
          '<main></main>',
          { 'content-security-policy': policy('Hosted widget', nonce, without) },
          nonce,
          { belvoHosts: true },
        )
        const { access } = (await (
          await fetch(`${backends.demo.url}/api/widget-token`, { method: 'POST' })
        ).json()) as { access: string }
        // The address core builds for the hosted widget: Belvo's, answered by the emulator.
        const src = buildHostedWidgetUrl({ access_token: access, locale: 'en' })
        await page.evaluate((url) => {
          const frame = document.createElement('iframe')
          frame.title = 'Belvo'
          frame.src = url
          document.querySelector('main')!.append(frame)
        }, src)
      }
      await hosted()
      await page.frameLocator('iframe[title="Belvo"]').getByRole('dialog').waitFor()
      expect(await violations()).toEqual([])
      await page.context().close()

      await hosted(['https://widget.belvo.io'])
      // A refused frame's blocked URI is its origin only.
      await expect.poll(violations).toContain('frame-src https://widget.belvo.io')
    })
  })

  it('two on one page: the second hands the overlay over, each reports its own, one script', async () => {
    const seen = await openWith(
      ['a', 'b']
        .map(
          (
            id,
          ) => `<belvo-widget id="${id}" token-url="/api/widget-token" locale="en" src="${backends.emulator.scriptUrl}">
            <button slot="trigger">${id === 'a' ? 'Link a new account' : 'Update this link'}</button>
          </belvo-widget>`,
        )
        .join(''),
    )
    // What each element reported, in order.
    await page.evaluate(() => {
      const log: string[] = []
      ;(window as unknown as { log: string[] }).log = log
      for (const el of document.querySelectorAll('belvo-widget'))
        for (const type of ['belvo-success', 'belvo-exit', 'belvo-error'])
          el.addEventListener(type, () => log.push(`${el.id} ${type}`))
    })
    const log = () => page.evaluate(() => (window as unknown as { log: string[] }).log)
    const statuses = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('belvo-widget')].map((el) => el.getAttribute('status')),
      )
    const dialog = page.locator('#belvo').getByRole('dialog')

    await page.getByRole('button', { name: 'Link a new account' }).click()
    await dialog.waitFor()
    // The page's own code opens the other one while the first is on screen.
    await page.locator('#b').evaluate((el) => (el as HTMLElement & { open(): void }).open())
    await expect.poll(statuses).toEqual(['exit', 'open'])
    expect(await page.locator('#belvo').count()).toBe(1)
    expect(await dialog.count()).toBe(1)
    await logInToInstitution(page, SANDBOX_CREDENTIALS.success)
    await expect.poll(statuses).toEqual(['exit', 'success'])

    // The first again, on its own.
    await page.getByRole('button', { name: 'Link a new account' }).click()
    await logInToInstitution(page, SANDBOX_CREDENTIALS.success)
    await expect.poll(statuses).toEqual(['success', 'success'])
    expect(await log()).toEqual(['a belvo-exit', 'b belvo-success', 'a belvo-success'])
    expect(await page.locator('#belvo').count()).toBe(0)
    // Focus is back on the trigger that opened the last widget.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Link a new account')
    expect(seen).toEqual({ script: 1, token: 3 })
  })

  it('closes the widget when removed from the page', async () => {
    await openWith(
      `<belvo-widget auto-open token-url="/api/widget-token" locale="en" src="${backends.emulator.scriptUrl}"></belvo-widget>`,
    )
    await page.locator('#belvo').getByRole('dialog').waitFor()
    await page.locator('belvo-widget').evaluate((el) => el.remove())
    expect(await page.locator('#belvo').count()).toBe(0)
  })

  it('removed, it closes at once and reports nothing, not even a press in the widget in the same task', async () => {
    await openWith(
      `<belvo-widget token-url="/api/widget-token" locale="en" show-close-dialog="false" show-abandon-survey="false" src="${backends.emulator.scriptUrl}">
         <button slot="trigger">Add bank account</button>
       </belvo-widget>`,
    )
    await page.getByRole('button', { name: 'Add bank account' }).click()
    await page.locator('#belvo').getByRole('dialog').waitFor()
    const after = await page.locator('belvo-widget').evaluate(async (el) => {
      const seen: string[] = []
      for (const type of ['belvo-success', 'belvo-exit', 'belvo-event', 'belvo-error'])
        el.addEventListener(type, () => seen.push(type))
      const close = document.querySelector<HTMLElement>('#belvo [data-bw-action="close"]')!
      el.remove()
      close.click()
      // What the next frame shows.
      await new Promise(requestAnimationFrame)
      return {
        seen,
        overlays: document.querySelectorAll('#belvo').length,
        status: el.getAttribute('status'),
      }
    })
    expect(after).toEqual({ seen: [], overlays: 0, status: 'idle' })
  })

  it('stays open while moved in the page, and links the account with one token', async () => {
    const seen = await openWith(
      `<main><belvo-widget token-url="/api/widget-token" locale="en" src="${backends.emulator.scriptUrl}">
         <button slot="trigger">Add bank account</button>
       </belvo-widget></main><aside></aside>`,
    )
    await recordEvents()
    await page.getByRole('button', { name: 'Add bank account' }).click()
    await page.locator('#belvo').getByRole('dialog').waitFor()

    const moved = await page.locator('belvo-widget').evaluate(async (el) => {
      const main = document.querySelector('main')!
      const aside: Element & { moveBefore?(node: Node, child: Node | null): void } =
        document.querySelector('aside')!
      const after = async () => {
        await new Promise(requestAnimationFrame)
        return `${el.getAttribute('status')} ${document.querySelectorAll('#belvo').length}`
      }
      const states = []
      aside.append(el)
      states.push(await after())
      // Taken out and put back in one go, as a portal or a keyed list does.
      el.remove()
      main.append(el)
      states.push(await after())
      const moveBefore = typeof aside.moveBefore === 'function'
      if (moveBefore) {
        aside.moveBefore!(el, null)
        states.push(await after())
      }
      return { states, moveBefore }
    })
    expect(moved.states).toEqual(Array(moved.moveBefore ? 3 : 2).fill('open 1'))
    if (engineName() === 'Chromium') expect(moved.moveBefore).toBe(true)

    await logInToInstitution(page, SANDBOX_CREDENTIALS.success)
    await expect.poll(() => page.locator('belvo-widget').getAttribute('status')).toBe('success')
    expect((await events()).filter(([type]) => type === 'belvo-success')).toHaveLength(1)
    expect(seen).toEqual({ script: 1, token: 1 })
  })

  it('with auto-open, opens once: moving it asks for no other token, nor opens again after the link', async () => {
    const seen = await openWith(
      `<main><belvo-widget auto-open token-url="/api/widget-token" locale="en" src="${backends.emulator.scriptUrl}"></belvo-widget></main><aside></aside>`,
    )
    await page.locator('#belvo').getByRole('dialog').waitFor()
    const move = () =>
      page.locator('belvo-widget').evaluate(async (el) => {
        const parent = el.parentElement!.matches('main') ? 'aside' : 'main'
        document.querySelector(parent)!.append(el)
        await new Promise(requestAnimationFrame)
        return el.getAttribute('status')
      })
    expect(await move()).toBe('open')
    await logInToInstitution(page, SANDBOX_CREDENTIALS.success)
    await expect.poll(() => page.locator('belvo-widget').getAttribute('status')).toBe('success')
    expect(await move()).toBe('success')
    expect(await page.locator('#belvo').count()).toBe(0)
    expect(seen).toEqual({ script: 1, token: 1 })
  })

  describe('in a form', () => {
    // A form of the page's own, whose submits are recorded (by their submitter's text) and
    // stopped there.
    const form = (trigger: string) =>
      openWith(
        `<form><label>Name <input name="name"></label>
           <belvo-widget token-url="/api/widget-token" locale="en" src="${backends.emulator.scriptUrl}">${trigger}</belvo-widget>
           <button>Save</button>
         </form>
         <script>window.submits = [];
           document.querySelector('form').addEventListener('submit', (e) => {
             submits.push(e.submitter ? e.submitter.textContent : null); e.preventDefault() })</script>`,
      )
    const submits = () =>
      page.evaluate(() => (window as unknown as { submits: (string | null)[] }).submits)
    const enterInField = async () => {
      await page.getByLabel('Name').fill('Ada')
      await page.keyboard.press('Enter')
    }

    it('its trigger opens the widget and submits nothing; Enter in a field submits the form, not Belvo', async () => {
      const seen = await form('<button slot="trigger">Add bank account</button>')
      await enterInField()
      await expect.poll(submits).toEqual(['Save'])
      expect(await page.locator('belvo-widget').getAttribute('status')).toBe('idle')

      await page.getByRole('button', { name: 'Add bank account' }).click()
      await page.locator('#belvo').getByRole('dialog').waitFor()
      expect(await submits()).toEqual(['Save'])
      expect(seen.token).toBe(1)
    })

    it('a trigger rendered later, even type="submit", submits nothing either', async () => {
      const seen = await form('')
      await page.locator('belvo-widget').evaluate((el) => {
        el.innerHTML = '<button slot="trigger" type="submit">Add bank account</button>'
      })
      await enterInField()
      await expect.poll(submits).toEqual(['Save'])
      expect(await page.locator('belvo-widget').getAttribute('status')).toBe('idle')
      expect(seen.token).toBe(0)

      await page.getByRole('button', { name: 'Add bank account' }).click()
      await page.locator('#belvo').getByRole('dialog').waitFor()
      expect(await submits()).toEqual(['Save'])
    })
  })

  it('reports a failing token route as belvo-error with token_failed', async () => {
    backends.emulator.setFaults({ tokenFault: 500 })
    try {
      await openWith(
        `<belvo-widget token-url="/api/widget-token" src="${backends.emulator.scriptUrl}"><button>Add</button></belvo-widget>`,
      )
      await recordEvents()
      await page.getByRole('button', { name: 'Add' }).click()
      await expect.poll(() => page.locator('belvo-widget').getAttribute('status')).toBe('error')
      const [, error] = (await events()).find(([type]) => type === 'belvo-error') ?? []
      expect(error).toEqual({
        code: 'token_failed',
        message: expect.stringMatching(/\/api\/widget-token answered 502: .*Belvo answered 500/),
      })
      expect(await page.locator('#belvo').count()).toBe(0)
    } finally {
      backends.emulator.setFaults({ tokenFault: 'none' })
    }
  })
})
