import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http'
import { type AddressInfo, connect } from 'node:net'
import type { Browser } from 'playwright-core'
import { freePort } from './packed.ts'
import {
  allowRecorder,
  injectRecorder,
  RECORDER_GLOBAL,
  type RecordedEntry,
} from './webkit-console.ts'
import { domLib, type Step, type TextMatch } from './webkit-dom.ts'
import { type RouteAnswer, RouteTable } from './webkit-route.ts'

// WebKit, driven the one way this machine can: WebKitGTK's MiniBrowser through WebKitWebDriver
// (W3C WebDriver, no BiDi), in a virtual X display. Behind it, the part of Playwright's Browser,
// Page and Locator that the browser suites use, so that a suite is written once for every engine.
// Locators resolve inside the page (open shadow roots included, the way Playwright's do);
// clicks, typing and pointer moves are WebDriver's, so the page sees trusted input events.
// Network requests are seen by a small HTTP proxy the browser is pointed at.

/** WebKitGTK's WebDriver, `WEBKIT_WEBDRIVER_PATH` to use another. */
export const webkitDriverPath = (): string =>
  process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver'
/** WebKitGTK's MiniBrowser, which the driver starts; `WEBKIT_BROWSER_PATH` to use another. */
export const miniBrowserPath = (): string =>
  process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf'
type ElementRef = { [ELEMENT]: string }

class WebDriverError extends Error {
  constructor(
    readonly error: string,
    message: string,
  ) {
    super(`WebKit (WebDriver): ${error}: ${message}`)
  }
}

/** The narrowest viewport MiniBrowser gives (WebKitGTK 2.50): its toolbar's width. */
export const MINIBROWSER_MIN_WIDTH = 447

/** How many attempts at starting MiniBrowser a context gets. */
const SESSION_ATTEMPTS = 3

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Starts Xvfb on a free display; resolves with the display and the process. */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(
      'Xvfb',
      ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
      },
    )
    xvfb.once('error', (error) =>
      reject(
        new Error(`WebKit tests need Xvfb (Debian: \`apt-get install xvfb\`): ${error.message}`),
      ),
    )
    let out = ''
    xvfb.stdio[3]!.on('data', (chunk: Buffer) => {
      out += chunk
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, process: xvfb })
    })
  })
}

/**
 * A proxy that forwards plain HTTP and tells who is listening which requests went through; a
 * request a page's route takes waits for its answer (see webkit-route.ts).
 */
async function startRecordingProxy(
  onRequest: (request: { url: string; method: string }) => Promise<RouteAnswer> | undefined,
): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    const target = new URL(req.url ?? '/')
    const routed = await onRequest({ url: target.href, method: req.method ?? 'GET' })
    if (routed?.action === 'abort') return req.socket.destroy()
    if (routed?.action === 'fulfill') {
      const body = Buffer.from(routed.body)
      res.writeHead(routed.status, { ...routed.headers, 'content-length': String(body.length) })
      return res.end(body)
    }
    // Asked for uncompressed, so that an HTML document can take the console recorder.
    const { 'accept-encoding': _, ...headers } = req.headers
    const upstream = httpRequest(target, { method: req.method, headers }, (answer) => {
      const status = answer.statusCode ?? 502
      const document =
        req.method === 'GET' &&
        status !== 204 &&
        status !== 304 &&
        /^text\/html/i.test(answer.headers['content-type'] ?? '') &&
        !answer.headers['content-encoding']
      if (!document) {
        res.writeHead(status, answer.headers)
        answer.pipe(res)
        return
      }
      const chunks: Buffer[] = []
      answer.on('data', (chunk: Buffer) => chunks.push(chunk))
      answer.on('error', () => res.destroy())
      answer.on('end', () => {
        // latin1 keeps every byte as it was, whatever the document's charset.
        const body = Buffer.from(injectRecorder(Buffer.concat(chunks).toString('latin1')), 'latin1')
        const { 'transfer-encoding': __, ...rest } = answer.headers
        const csp = rest['content-security-policy']
        res.writeHead(status, {
          ...rest,
          ...(csp && { 'content-security-policy': allowRecorder(String(csp)) }),
          'content-length': String(body.length),
        })
        res.end(body)
      })
    })
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  // WebSocket upgrades (e.g. Vite's HMR) and CONNECT tunnels go through as raw sockets.
  server.on('connect', (req, socket, head) => {
    const [host, port] = (req.url ?? '').split(':')
    const upstream = connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(socket).pipe(upstream)
    })
    upstream.on('error', () => socket.destroy())
    socket.on('error', () => upstream.destroy())
  })
  server.on('upgrade', (req, socket, head) => {
    const target = new URL(req.url ?? '/')
    const upstream = connect(Number(target.port || 80), target.hostname, () => {
      const headers = Object.entries(req.headers).map(([k, v]) => `${k}: ${v}`)
      upstream.write(
        `${req.method} ${target.pathname}${target.search} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`,
      )
      upstream.write(head)
      upstream.pipe(socket).pipe(upstream)
    })
    upstream.on('error', () => socket.destroy())
    socket.on('error', () => upstream.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

class Session {
  constructor(
    private readonly base: string,
    readonly id: string,
  ) {}

  async send<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    signal?: AbortSignal,
  ): Promise<T> {
    const response = await fetch(`${this.base}/session/${this.id}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    })
    const { value } = (await response.json()) as {
      value: T & { error?: string; message?: string }
    }
    if (!response.ok) throw new WebDriverError(value.error ?? 'error', value.message ?? '')
    return value
  }

  /** Runs `body` (a function body with `args`) in the page, awaiting what it returns. */
  run<T>(body: string, args: unknown[] = []): Promise<T> {
    const script = `const done = arguments[arguments.length - 1];
      const args = Array.prototype.slice.call(arguments, 0, -1);
      Promise.resolve().then(async () => { ${body} }).then(
        (value) => done({ value }),
        (error) => done({ thrown: String(error) + ' ' + ((error && error.stack) || '') }))`
    return this.send<{ value: T; thrown?: string }>('POST', '/execute/async', {
      script,
      args,
    }).then((result) => {
      if (result && 'thrown' in result && result.thrown) throw new Error(result.thrown)
      return result?.value as T
    })
  }
}

type Listener = (...args: never[]) => void
type RoleOptions = { name?: string | RegExp; exact?: boolean; level?: number }
type Predicate = string | RegExp | ((url: URL) => boolean)

const matchesUrl = (href: string, expected: Predicate) =>
  typeof expected === 'string'
    ? href === expected
    : expected instanceof RegExp
      ? expected.test(href)
      : expected(new URL(href))

const toMatch = (value: string | RegExp | undefined): TextMatch | undefined =>
  value === undefined
    ? undefined
    : typeof value === 'string'
      ? value
      : { source: value.source, flags: value.flags }

/** A Playwright-shaped locator over WebDriver: the steps resolve in the page on every use. */
class WebKitLocator {
  constructor(
    private readonly page: WebKitPage,
    readonly steps: Step[],
  ) {}

  private with(step: Step) {
    return new WebKitLocator(this.page, [...this.steps, step])
  }
  locator(css: string) {
    return this.with({ kind: 'css', css })
  }
  getByRole(role: string, options: RoleOptions = {}) {
    return this.with({
      kind: 'role',
      role,
      name: toMatch(options.name),
      exact: options.exact,
      level: options.level,
    })
  }
  getByLabel(label: string | RegExp, options: { exact?: boolean } = {}) {
    return this.with({ kind: 'label', label: toMatch(label)!, exact: options.exact })
  }
  getByText(text: string | RegExp, options: { exact?: boolean } = {}) {
    return this.with({ kind: 'text', text: toMatch(text)!, exact: options.exact })
  }
  getByTestId(id: string) {
    return this.locator(`[data-testid=${JSON.stringify(id)}]`)
  }
  filter({ hasText }: { hasText?: string | RegExp }) {
    return hasText === undefined ? this : this.with({ kind: 'hasText', text: toMatch(hasText)! })
  }
  first() {
    return this.with({ kind: 'nth', index: 0 })
  }
  last() {
    return this.with({ kind: 'nth', index: -1 })
  }
  nth(index: number) {
    return this.with({ kind: 'nth', index })
  }

  /** Runs `fn(elements, arg)` on what the steps match now. */
  query<T>(fn: string, arg?: unknown): Promise<T> {
    return this.page.session.run<T>(
      `const lib = (${domLib.toString()})();
       const isVisible = lib.isVisible;
       return (${fn})(lib.resolve(args[0]), args[1]);`,
      [this.steps, arg ?? null],
    )
  }

  count() {
    return this.query<number>('(els) => els.length')
  }
  async all() {
    const n = await this.count()
    return Array.from({ length: n }, (_, i) => this.nth(i))
  }
  allTextContents() {
    return this.query<string[]>('(els) => els.map((el) => el.textContent)')
  }

  /** Waits until the steps match exactly one element that satisfies `ready`, and returns it. */
  private async one(
    ready = '() => true',
    what = 'attached',
    { actionable = false } = {},
  ): Promise<ElementRef> {
    // For an action, like Playwright: the same box on two reads in a row (no layout still
    // moving it), and its centre not covered by another element.
    let lastBox = ''
    return this.page.poll(async () => {
      const result = await this.query<{ n: number; el?: ElementRef; ok?: boolean; box?: string }>(
        `(els) => {
          const el = els[0]
          if (els.length !== 1) return { n: els.length }
          const r = el.getBoundingClientRect()
          const x = r.left + r.width / 2, y = r.top + r.height / 2
          let hit = (el.getRootNode().elementFromPoint || document.elementFromPoint).call(el.getRootNode(), x, y)
          const hits = !!hit && (hit === el || el.contains(hit) || hit.contains(el))
          return { n: 1, el, ok: (${ready})(el), box: [r.left, r.top, r.width, r.height].join() + (hits ? '' : ' covered') }
        }`,
      )
      if (result.n > 1) {
        throw new Error(
          `strict mode violation: ${this.describe()} resolved to ${result.n} elements`,
        )
      }
      if (result.n !== 1 || !result.ok) return undefined
      if (!actionable) return result.el
      const stable = result.box === lastBox && !result.box.endsWith('covered')
      lastBox = result.box!
      return stable ? result.el : undefined
    }, `${this.describe()} to be ${what}`)
  }

  describe(): string {
    return `locator(${JSON.stringify(this.steps)})`
  }

  async waitFor({
    state = 'visible',
    timeout,
  }: {
    state?: 'attached' | 'detached' | 'visible' | 'hidden'
    timeout?: number
  } = {}) {
    await this.page.poll(
      async () => {
        const visible = await this.query<boolean[]>('(els) => els.map((el) => isVisible(el))')
        if (visible.length > 1 && (state === 'visible' || state === 'attached')) {
          throw new Error(
            `strict mode violation: ${this.describe()} resolved to ${visible.length} elements`,
          )
        }
        const done =
          state === 'attached'
            ? visible.length === 1
            : state === 'detached'
              ? visible.length === 0
              : state === 'visible'
                ? visible[0] === true
                : !visible.some(Boolean)
        return done || undefined
      },
      `${this.describe()} to be ${state}`,
      timeout,
    )
  }

  async click() {
    await this.page.act(async () => {
      const el = await this.one(
        '(el) => isVisible(el) && !el.disabled',
        'visible, enabled and stable',
        {
          actionable: true,
        },
      )
      await this.page.session.send('POST', `/element/${el[ELEMENT]}/click`, {})
    })
  }
  /** Clicks a checkbox or radio that is not checked yet, then checks that it is, as Playwright. */
  async check() {
    if (await this.isChecked()) return
    await this.click()
    if (!(await this.isChecked())) throw new Error('check(): the element did not become checked')
  }
  async isChecked() {
    await this.one()
    return this.query<boolean>('(els) => !!els[0].checked')
  }
  async fill(value: string) {
    await this.page.act(async () => {
      const el = await this.one('(el) => isVisible(el) && !el.disabled', 'visible and enabled')
      await this.page.session.send('POST', `/element/${el[ELEMENT]}/clear`, {})
      if (value)
        await this.page.session.send('POST', `/element/${el[ELEMENT]}/value`, { text: value })
    })
  }
  async hover() {
    await this.page.act(async () => {
      const el = await this.one('(el) => isVisible(el)', 'visible and stable', { actionable: true })
      await this.page.pointer({ type: 'pointerMove', duration: 0, origin: el, x: 0, y: 0 })
    })
  }
  async focus() {
    await this.one()
    await this.query('(els) => els[0].focus()')
  }
  async textContent() {
    await this.one()
    return this.query<string | null>('(els) => els[0].textContent')
  }
  async innerHTML() {
    await this.one()
    return this.query<string>('(els) => els[0].innerHTML')
  }
  async inputValue() {
    await this.one()
    return this.query<string>('(els) => els[0].value')
  }
  async getAttribute(name: string) {
    await this.one()
    return this.query<string | null>('(els, name) => els[0].getAttribute(name)', name)
  }
  async isVisible() {
    return this.query<boolean>('(els) => els.length > 0 && isVisible(els[0])')
  }
  async isEnabled() {
    await this.one()
    return this.query<boolean>('(els) => !els[0].disabled')
  }
  async isDisabled() {
    return !(await this.isEnabled())
  }
  async evaluate<R, A>(fn: (el: Element, arg: A) => R, arg?: A): Promise<R> {
    await this.one()
    return this.query<R>(`(els, arg) => (${fn.toString()})(els[0], arg)`, arg)
  }
}

type Request = { url(): string; method(): string }

/** A Playwright-shaped page: one WebDriver session (its own browser process and storage). */
// WebDriver's code points for the named keys Playwright's `keyboard.press` takes.
const WEBDRIVER_KEYS: Record<string, string> = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Shift: '\uE008',
  Backspace: '\uE003',
  ArrowDown: '\uE015',
  ArrowUp: '\uE013',
  Space: ' ',
}
const keyValue = (key: string) => {
  const value = WEBDRIVER_KEYS[key] ?? (key.length === 1 ? key : undefined)
  if (value === undefined) throw new Error(`The WebKit driver cannot press "${key}" yet.`)
  return value
}
const keyDown = (key: string) => [{ type: 'keyDown', value: keyValue(key) }]
const keyUp = (key: string) => [{ type: 'keyUp', value: keyValue(key) }]

// The recorder's entries, taken out of the page (see webkit-console.ts).
const TAKE_RECORDED = `(window.${RECORDER_GLOBAL} ? window.${RECORDER_GLOBAL}.splice(0) : [])`

class WebKitPage {
  private timeout = 30_000
  private readonly listeners = new Map<string, Set<Listener>>()
  readonly mouse = {
    move: (x: number, y: number) =>
      this.pointer({
        type: 'pointerMove',
        duration: 0,
        origin: 'viewport',
        x: Math.round(x),
        y: Math.round(y),
      }),
  }
  readonly request = {
    get: async (url: string) => {
      const cookies = await this.session.send<{ name: string; value: string }[]>('GET', '/cookie')
      const response = await fetch(url, {
        headers: { cookie: cookies.map(({ name, value }) => `${name}=${value}`).join('; ') },
      })
      const body = await response.text()
      return { status: () => response.status, text: async () => body, ok: () => response.ok }
    },
  }

  constructor(
    readonly session: Session,
    private readonly closeSession: () => Promise<void>,
  ) {}

  emitRequest(request: { url: string; method: string }): Promise<RouteAnswer> | undefined {
    const event: Request = { url: () => request.url, method: () => request.method }
    for (const listener of this.listeners.get('request') ?? [])
      (listener as (r: Request) => void)(event)
    return this.routes.decide(request)
  }

  private readonly routes = new RouteTable()
  /** Playwright's `page.route()`, for plain HTTP (the proxy's view): abort, fulfill or continue. */
  async route(...args: Parameters<RouteTable['add']>) {
    this.routes.add(...args)
  }
  async unroute(...args: Parameters<RouteTable['remove']>) {
    this.routes.remove(...args)
  }

  on(event: string, listener: Listener) {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set())
    this.listeners.get(event)!.add(listener)
    return this
  }
  off(event: string, listener: Listener) {
    this.listeners.get(event)?.delete(listener)
    return this
  }
  setDefaultTimeout(ms: number) {
    this.timeout = ms
  }

  /** Polls `check` until it returns something other than undefined, or the timeout. */
  async poll<T>(
    check: () => Promise<T | undefined>,
    what: string,
    timeout = this.timeout,
  ): Promise<T> {
    const deadline = Date.now() + timeout
    for (;;) {
      const value = await check()
      if (value !== undefined) {
        await this.syncUrl()
        return value
      }
      if (Date.now() > deadline)
        throw new Error(`Timeout ${timeout}ms exceeded waiting for ${what}`)
      await sleep(50)
    }
  }

  /**
   * Reads the page's address for `url()`, which is synchronous in Playwright: after every step
   * that waited or acted, so that it is current as of the step before it (an address the page
   * rewrote with `history.replaceState`, a navigation a click started).
   */
  async syncUrl() {
    // A window closing or mid-navigation keeps the address it had; the next step reads it again.
    this.lastUrl = await this.session.send<string>('GET', '/url').catch(() => this.lastUrl)
    await this.collectConsole()
  }

  /**
   * Hands what the page's console recorder holds (see webkit-console.ts) to the `console` and
   * `pageerror` listeners, as Playwright's events: after every step, and before the page closes.
   * What a document logged after the last step before it navigated away is not seen.
   */
  async collectConsole() {
    if (!this.hearsConsole()) return
    this.emitConsole(
      await this.session.run<RecordedEntry[]>(`return ${TAKE_RECORDED}`).catch(() => []),
    )
  }
  private hearsConsole() {
    return !!(this.listeners.get('console')?.size || this.listeners.get('pageerror')?.size)
  }
  private emitConsole(entries: RecordedEntry[]) {
    for (const { type, text } of entries) {
      if (type === 'pageerror') {
        for (const listener of this.listeners.get('pageerror') ?? [])
          (listener as (error: Error) => void)(new Error(text))
      } else {
        const message = { type: () => type, text: () => text }
        for (const listener of this.listeners.get('console') ?? [])
          (listener as (m: typeof message) => void)(message)
      }
    }
  }

  /** Retries an action that another element intercepted (an overlay still fading), like Playwright. */
  async act(action: () => Promise<void>) {
    const deadline = Date.now() + this.timeout
    for (;;) {
      try {
        await action()
        return await this.syncUrl()
      } catch (error) {
        const retry =
          error instanceof WebDriverError &&
          /element click intercepted|element not interactable|stale element/.test(error.error)
        if (!retry || Date.now() > deadline) throw error
        await sleep(100)
      }
    }
  }

  /**
   * Playwright's `page.keyboard`, for the keys the suites press, as WebDriver key actions;
   * `press` takes a combination too (`Shift+Tab`): the keys go down in order, up in reverse.
   */
  readonly keyboard = {
    press: (key: string) => {
      const keys = key.length > 1 ? key.split('+') : [key]
      return this.keys([...keys.flatMap(keyDown), ...keys.reverse().flatMap(keyUp)])
    },
    type: (text: string) =>
      this.keys([...text].flatMap((char) => [...keyDown(char), ...keyUp(char)])),
  }

  private keys(actions: Record<string, unknown>[]) {
    return this.session.send('POST', '/actions', {
      actions: [{ type: 'key', id: 'keyboard', actions }],
    })
  }

  pointer(action: Record<string, unknown>) {
    return this.session.send('POST', '/actions', {
      actions: [
        { type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [action] },
      ],
    })
  }

  /**
   * Navigates and waits for the load event, as Playwright's `goto` does. WebKitGTK's driver now
   * and then answers while the document is still `interactive`, before its module scripts ran (a
   * click then met a button with no handler yet).
   */
  async goto(url: string) {
    await this.session.send('POST', '/url', { url })
    await this.waitForLoadState()
    this.lastUrl = await this.session.send<string>('GET', '/url')
    return null
  }
  /** Loads the page again, as the browser's reload does, and waits for the load event. */
  async reload() {
    await this.session.send('POST', '/refresh', {})
    await this.waitForLoadState()
    this.lastUrl = await this.session.send<string>('GET', '/url')
    return null
  }
  /**
   * Sizes the window so that the page's viewport is `size`, as Playwright's does. MiniBrowser's
   * toolbar keeps its window at least {@link MINIBROWSER_MIN_WIDTH} px wide: a narrower size is
   * an error that says so, not a viewport other than the one asked for.
   */
  async setViewportSize({ width, height }: { width: number; height: number }) {
    if (width < MINIBROWSER_MIN_WIDTH) {
      throw new Error(
        `WebKit (MiniBrowser): a viewport ${width} px wide is narrower than MiniBrowser’s window can be (${MINIBROWSER_MIN_WIDTH} px)`,
      )
    }
    const inner = () => this.evaluate(() => [innerWidth, innerHeight] as const)
    const rect = await this.session.send<{ width: number; height: number }>('GET', '/window/rect')
    const [w, h] = await inner()
    // The window's frame around the viewport keeps its size.
    await this.session.send('POST', '/window/rect', {
      width: width + rect.width - w,
      height: height + rect.height - h,
    })
    await this.poll(async () => {
      const [nw, nh] = await inner()
      return nw === width && nh === height ? true : undefined
    }, `a viewport of ${width}×${height}`)
  }
  /** The page is its only frame: WebDriver cannot look into iframes without switching to them. */
  frames() {
    return [this]
  }
  mainFrame() {
    return this
  }
  page() {
    return this
  }
  url() {
    // Playwright's is synchronous: the address as of the last step (see syncUrl).
    return this.lastUrl
  }
  private lastUrl = 'about:blank'
  async waitForURL(expected: Predicate, { timeout = this.timeout } = {}) {
    this.lastUrl = await this.poll(
      async () => {
        const href = await this.session.send<string>('GET', '/url')
        return matchesUrl(href, expected) ? href : undefined
      },
      `the URL to match ${String(expected)}`,
      timeout,
    )
  }
  async waitForLoadState(state: 'load' | 'domcontentloaded' | 'networkidle' = 'load') {
    await this.waitForFunction(() => document.readyState === 'complete')
    if (state === 'networkidle') {
      // No requests for 500 ms, as Playwright's networkidle.
      let last = -1
      await this.poll(async () => {
        const n = await this.evaluate(() => performance.getEntriesByType('resource').length)
        const idle = n === last
        last = n
        return idle || undefined
      }, 'the network to be idle')
    }
  }
  async evaluate<R, A>(fn: ((arg: A) => R) | string, arg?: A): Promise<R> {
    const source = typeof fn === 'string' ? `() => (${fn})` : fn.toString()
    if (!this.hearsConsole())
      return this.session.run<R>(`return (${source})(args[0])`, [arg ?? null])
    // What the script logged reaches the listeners now, as Playwright's events would have: taken
    // in the same round trip, once the script's value (or its promise) is there.
    const [result, entries] = await this.session.run<[R, RecordedEntry[]]>(
      `const value = (${source})(args[0])
      return value && typeof value.then === 'function'
        ? value.then((settled) => [settled, ${TAKE_RECORDED}])
        : [value, ${TAKE_RECORDED}]`,
      [arg ?? null],
    )
    this.emitConsole(entries)
    return result
  }
  async waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, { timeout = this.timeout } = {}) {
    await this.poll(
      async () => ((await this.evaluate(fn, arg)) ? true : undefined),
      'the function to return true',
      timeout,
    )
  }
  waitForTimeout(ms: number) {
    return sleep(ms)
  }
  locator(css: string) {
    return new WebKitLocator(this, []).locator(css)
  }
  getByRole(role: string, options?: RoleOptions) {
    return new WebKitLocator(this, []).getByRole(role, options)
  }
  getByLabel(label: string | RegExp, options?: { exact?: boolean }) {
    return new WebKitLocator(this, []).getByLabel(label, options)
  }
  getByText(text: string | RegExp, options?: { exact?: boolean }) {
    return new WebKitLocator(this, []).getByText(text, options)
  }
  getByTestId(id: string) {
    return new WebKitLocator(this, []).getByTestId(id)
  }
  context() {
    return { close: () => this.close(), pages: () => [this] }
  }
  close() {
    return this.closeSession()
  }
}

/**
 * Launches WebKitGTK headless in a virtual X display (WebKitGTK has no headless mode of its own)
 * and returns a Playwright-shaped `Browser`: each context is a fresh WebDriver session with its
 * own browser process and storage, with one page. What it covers is what the browser suites use:
 * `newContext({ viewport })`, `goto`, `reload`, `evaluate`, `waitForFunction`, `waitForURL`,
 * `setViewportSize`, `locator`/`getByRole`/`getByLabel`
 * chains with `filter`, `click`, `fill`, `hover`, `waitFor`, and `request` events (seen by a
 * proxy, with their method), `route`/`unroute` for plain HTTP, and `console` and `pageerror` events as a recorder the proxy puts in
 * every HTML document sees them (the page's own messages and errors, after each step).
 *
 * On a busy machine MiniBrowser now and then never reports to its driver, which then waits
 * forever: an attempt that takes longer than `sessionStartTimeout` (default 15 s) is given up
 * and made again with a new driver, three attempts in all.
 */
export async function launchWebKit({ sessionStartTimeout = 15_000 } = {}): Promise<Browser> {
  for (const [path, what] of [
    [webkitDriverPath(), 'WebKitWebDriver (Debian: `apt-get install webkit2gtk-driver`)'],
    [miniBrowserPath(), 'WebKitGTK’s MiniBrowser (Debian: `apt-get install webkit2gtk-driver`)'],
  ] as const) {
    if (!existsSync(path)) throw new Error(`WebKit tests need ${what} at ${path}.`)
  }
  const xvfb = await startXvfb()
  // If the test process ends without closing the browser (a hook timed out), its drivers and
  // display end with it.
  const children = new Set<ChildProcess>([xvfb.process])
  const killAll = () => {
    for (const child of children) child.kill()
  }
  process.once('exit', killAll)
  // WebKitWebDriver holds one session at a time: each context gets a driver of its own.
  const startDriver = async () => {
    const port = await freePort()
    const process_ = spawn(webkitDriverPath(), [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: xvfb.display },
    })
    children.add(process_)
    process_.once('exit', () => children.delete(process_))
    const base = `http://127.0.0.1:${port}`
    await new Promise<void>((resolve, reject) => {
      const started = Date.now()
      const tryStatus = () =>
        fetch(`${base}/status`).then(
          () => resolve(),
          () =>
            Date.now() - started > 10_000
              ? reject(new Error(`WebKitWebDriver did not start on ${base}`))
              : setTimeout(tryStatus, 50),
        )
      tryStatus()
    })
    return { base, process: process_ }
  }
  const pages = new Set<WebKitPage>()

  // One attempt at a session: a driver, a proxy, and MiniBrowser started by the driver.
  const startSession = async (
    onRequest: (request: { url: string; method: string }) => Promise<RouteAnswer> | undefined,
  ) => {
    const driver = await startDriver()
    const proxy = await startRecordingProxy(onRequest)
    const giveUp = async (why: string) => {
      driver.process.kill()
      await proxy.close()
      return new Error(why)
    }
    let value: { sessionId?: string; message?: string }
    try {
      const answer = await fetch(`${driver.base}/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          capabilities: {
            alwaysMatch: {
              'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
              proxy: { proxyType: 'manual', httpProxy: `127.0.0.1:${proxy.port}` },
            },
          },
        }),
        signal: AbortSignal.timeout(sessionStartTimeout),
      })
      ;({ value } = (await answer.json()) as { value: typeof value })
    } catch (error) {
      throw await giveUp(`WebKitWebDriver did not start MiniBrowser: ${(error as Error).message}`)
    }
    if (!value.sessionId) throw await giveUp(`WebKitWebDriver refused a session: ${value.message}`)
    const session = new Session(driver.base, value.sessionId)
    // The first command shows that the browser answers. It moves the pointer once: a new window
    // can drop its very first pointer event (a hover then does nothing).
    const move = { type: 'pointerMove', duration: 0, origin: 'viewport', x: 1, y: 1 }
    try {
      await session.send(
        'POST',
        '/actions',
        {
          actions: [
            { type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [move] },
          ],
        },
        AbortSignal.timeout(sessionStartTimeout),
      )
    } catch (error) {
      if (!(error instanceof WebDriverError)) {
        throw await giveUp(`MiniBrowser started but does not answer: ${(error as Error).message}`)
      }
    }
    return { driver, proxy, session }
  }

  const newContext = async () => {
    let page: WebKitPage | undefined
    const onRequest = (request: { url: string; method: string }) =>
      // MiniBrowser's own favicon fetch is the browser's, not the page's (Playwright reports none).
      new URL(request.url).pathname !== '/favicon.ico' ? page?.emitRequest(request) : undefined
    let started: Awaited<ReturnType<typeof startSession>> | undefined
    for (let attempt = 1; !started; attempt++) {
      try {
        started = await startSession(onRequest)
      } catch (error) {
        if (attempt === SESSION_ATTEMPTS) throw error
      }
    }
    const { driver, proxy, session } = started
    const { base } = driver
    let closed: Promise<void> | undefined
    page = new WebKitPage(session, () => {
      closed ??= (async () => {
        pages.delete(page!)
        await fetch(`${base}/session/${session.id}`, { method: 'DELETE' }).catch(() => {})
        driver.process.kill()
        await proxy.close()
      })()
      return closed
    })
    pages.add(page)
    return page
  }

  const browser = {
    version: () => 'WebKitGTK',
    newContext: async ({ viewport }: { viewport?: { width: number; height: number } } = {}) => {
      let page: WebKitPage | undefined
      return {
        newPage: async () => {
          page = await newContext()
          if (viewport) {
            // A context that cannot have its viewport is not left running.
            await page.setViewportSize(viewport).catch(async (error) => {
              await page?.close()
              throw error
            })
          }
          return page
        },
        close: async () => page?.close(),
      }
    },
    newPage: () => newContext(),
    close: async () => {
      await Promise.all([...pages].map((page) => page.close()))
      process.off('exit', killAll)
      killAll()
    },
  }
  return browser as unknown as Browser
}
