import { createBelvoSdk, defineWrongGlobal } from '../sdk/create-sdk.ts'
import { isSdkScriptSrc } from '../sdk/script-names.ts'
import type { Widget } from '../sdk/widget.ts'
import type {
  CreateTokenOptions,
  InstalledEmulator,
  InstallOptions,
  TestingFaults,
} from './install.types.ts'
import { MemoryBackend, WIDGET_SCOPES } from './memory-backend.ts'
import { createUserDriver } from './user.ts'

export type { CreateTokenOptions, InstalledEmulator, InstallOptions, TestingFaults }

const ACTIVE = Symbol.for('@belvo-widget/emulator/testing')

/** Thrown for a bad option of the testing entry. */
export class EmulatorTestingError extends Error {
  override name = 'EmulatorTestingError'
  constructor(
    readonly code:
      | 'NO_WINDOW'
      | 'INVALID_OPTION'
      | 'NO_WIDGET'
      | 'WRONG_SCREEN'
      | 'UNKNOWN_INSTITUTION',
    message: string,
  ) {
    super(message)
  }
}

function mergeTestingFaults(
  current: TestingFaults,
  partial: Partial<TestingFaults>,
): TestingFaults {
  const next = { ...current }
  for (const [key, value] of Object.entries(partial)) {
    if (value === undefined) continue
    if (key === 'scriptFault' && (value === 'none' || value === 'error' || value === 'hang')) {
      next.scriptFault = value
    } else if (key === 'scriptLatencyMs' && typeof value === 'number' && value >= 0) {
      next.scriptLatencyMs = value
    } else {
      throw new EmulatorTestingError(
        'INVALID_OPTION',
        `Bad fault ${key}=${JSON.stringify(value)}: use scriptFault 'none' | 'error' | 'hang' or scriptLatencyMs ≥ 0.`,
      )
    }
  }
  return next
}

let installs = 0

const isSdkScript = (node: Node): node is HTMLScriptElement =>
  node.nodeName === 'SCRIPT' &&
  isSdkScriptSrc((node as HTMLScriptElement).getAttribute('src') ?? '')

/**
 * Installs the emulated Belvo SDK into a jsdom or happy-dom window, with no server and no
 * network: your code loads `belvo-widget-1-stable.js` as usual and gets the emulator's widget.
 *
 * @example
 * ```ts
 * import { installBelvoEmulator, SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/testing'
 *
 * const emulator = installBelvoEmulator()
 * const onSuccess = vi.fn()
 * openMyWidget({ token: emulator.createToken(), onSuccess }) // your code
 * await emulator.user.chooseInstitution('erebor_mx_retail')
 * const { username, password } = SANDBOX_CREDENTIALS.success
 * await emulator.user.login(username, password)
 * expect(onSuccess).toHaveBeenCalledWith(expect.any(String), 'erebor_mx_retail')
 * emulator.uninstall()
 * ```
 */
export function installBelvoEmulator(options: InstallOptions = {}): InstalledEmulator {
  const win = options.window ?? (globalThis as { window?: Window & typeof globalThis }).window
  if (!win?.document) {
    throw new EmulatorTestingError(
      'NO_WINDOW',
      'installBelvoEmulator needs a DOM window: run the test in a jsdom or happy-dom environment, or pass { window }.',
    )
  }
  // One emulator per window: a second install replaces the first, so a tag is never served twice.
  const registry = win as unknown as { [ACTIVE]?: InstalledEmulator }
  registry[ACTIVE]?.uninstall()
  let faults = mergeTestingFaults(
    { scriptFault: 'none', scriptLatencyMs: 0 },
    { scriptFault: options.scriptFault, scriptLatencyMs: options.scriptLatencyMs },
  )
  const backend = new MemoryBackend()
  const calls: Array<{ token: string; config: object }> = []
  const widgets: Widget[] = []
  const buildWaiters = new Set<() => void>()
  let scriptRequests = 0
  const sdk = createBelvoSdk({
    window: win,
    backend,
    payloadStyle: options.payloadStyle,
    successDelayMs: options.successDelayMs,
    onCreateWidget: (token, config) => calls.push({ token, config }),
    onBuild: (widget) => {
      widgets.push(widget)
      for (const wake of buildWaiters) wake()
    },
  })
  const globalSdk = { createWidget: sdk.createWidget }
  const host = win as unknown as { belvoSDK?: unknown }
  let undefineWrong = () => {}
  const define = () => {
    host.belvoSDK = globalSdk
    undefineWrong()
    undefineWrong = defineWrongGlobal(win)
  }

  // Events this emulator dispatches; any other load/error on an SDK tag comes from the DOM
  // library trying to fetch the CDN (happy-dom does) and is kept from the page.
  const ours = new WeakSet<Event>()
  const served = new WeakSet<HTMLScriptElement>()
  const timers = new Set<ReturnType<typeof setTimeout>>()
  const guard = (event: Event) => {
    if (!ours.has(event) && event.target && isSdkScript(event.target as Node)) {
      event.stopImmediatePropagation()
    }
  }
  // On the document: `load` on an element never reaches the window.
  win.document.addEventListener('error', guard, true)
  win.document.addEventListener('load', guard, true)
  // happy-dom logs a "JavaScript file loading is disabled" error for the CDN tag unless told
  // to treat disabled loading as success; that `load` is then stopped by the guard above.
  const happy = (win as unknown as { happyDOM?: { settings?: Record<string, unknown> } }).happyDOM
    ?.settings
  const happyBefore = happy?.handleDisabledFileLoadingAsSuccess
  if (happy) happy.handleDisabledFileLoadingAsSuccess = true

  const dispatch = (tag: HTMLScriptElement, type: 'load' | 'error') => {
    const event = new win.Event(type)
    ours.add(event)
    tag.dispatchEvent(event)
  }
  const serve = (tag: HTMLScriptElement) => {
    if (served.has(tag)) return
    served.add(tag)
    scriptRequests++
    const { scriptFault, scriptLatencyMs } = faults
    if (scriptFault === 'hang') return
    const finish = () => {
      if (scriptFault === 'error') return dispatch(tag, 'error')
      define()
      dispatch(tag, 'load')
    }
    if (scriptLatencyMs > 0) {
      const timer = setTimeout(() => {
        timers.delete(timer)
        finish()
      }, scriptLatencyMs)
      timers.add(timer)
    } else finish()
  }
  const scan = (node: Node) => {
    if (isSdkScript(node)) serve(node)
    else if (node.nodeType === 1)
      for (const script of (node as Element).querySelectorAll('script')) {
        if (isSdkScript(script)) serve(script)
      }
  }
  const observer = new win.MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) scan(node)
  })
  observer.observe(win.document, { childList: true, subtree: true })
  if (options.preinstalled) define()
  // Tags already in the page (e.g. a static <script async>) are served too.
  for (const script of win.document.querySelectorAll('script')) {
    if (isSdkScript(script)) serve(script)
  }

  const timeoutMs = options.timeoutMs ?? 2000
  const user = createUserDriver({
    latest: () => widgets.at(-1),
    waitForBuild: () =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          buildWaiters.delete(wake)
          reject(
            new EmulatorTestingError(
              'NO_WIDGET',
              `No widget was built within ${timeoutMs} ms: call belvoSDK.createWidget(token, config).build() first.`,
            ),
          )
        }, timeoutMs)
        const wake = () => {
          clearTimeout(timer)
          buildWaiters.delete(wake)
          resolve()
        }
        buildWaiters.add(wake)
      }),
    error: (code, message) => new EmulatorTestingError(code, message),
  })

  const installed: InstalledEmulator = {
    src: `https://cdn.belvo.io/belvo-widget-1-stable.js?install=${++installs}`,
    createToken({ expiresInSeconds = 600, branding = {}, scopes, widget = {} } = {}) {
      const list =
        scopes === undefined
          ? WIDGET_SCOPES
          : (typeof scopes === 'string' ? scopes.split(',') : scopes).map((s) => s.trim())
      return backend.mint(expiresInSeconds, { branding, scopes: list, widget })
    },
    get createWidgetCalls() {
      return calls
    },
    get buildCount() {
      return widgets.length
    },
    get scriptRequests() {
      return scriptRequests
    },
    user,
    setFaults(partial) {
      faults = mergeTestingFaults(faults, partial)
    },
    uninstall() {
      observer.disconnect()
      win.document.removeEventListener('error', guard, true)
      win.document.removeEventListener('load', guard, true)
      if (happy) happy.handleDisabledFileLoadingAsSuccess = happyBefore
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      if (host.belvoSDK === globalSdk) delete host.belvoSDK
      undefineWrong()
      for (const widget of widgets) widget.dispose()
      // A tag left in the page would be reused by the loader and served by the next install.
      for (const script of win.document.querySelectorAll('script')) {
        if (isSdkScript(script)) script.remove()
      }
      if (registry[ACTIVE] === installed) delete registry[ACTIVE]
    },
  }
  registry[ACTIVE] = installed
  return installed
}
