import { createHash } from 'node:crypto'

// W3C WebDriver reports neither console messages nor uncaught errors, which Playwright gives as
// `console` and `pageerror` events. The WebKit driver's proxy puts a recorder at the top of every
// HTML document it forwards, before any script of the page runs, and the page hands what it
// recorded to the driver after each step. It sees what the page's scripts log and throw (and
// Content Security Policy violations, which Chromium logs as console errors); messages only
// the browser itself prints (a failed resource load) stay unseen.

/** The global the recorder keeps its entries in until the driver collects them. */
export const RECORDER_GLOBAL = '__browserKitConsole'

/** An entry: a console message (`type` as Playwright names it) or an uncaught error. */
export interface RecordedEntry {
  type: 'error' | 'warning' | 'info' | 'log' | 'debug' | 'pageerror'
  text: string
}

const RECORDER = `(() => {
  if (window.${RECORDER_GLOBAL}) return
  const entries = (window.${RECORDER_GLOBAL} = [])
  const text = (value) => {
    if (typeof value === 'string') return value
    if (value instanceof Error) return String(value)
    try { return JSON.stringify(value) ?? String(value) } catch { return String(value) }
  }
  for (const [name, type] of [['error', 'error'], ['warn', 'warning'], ['info', 'info'], ['log', 'log'], ['debug', 'debug']]) {
    const original = console[name]
    console[name] = function (...args) {
      entries.push({ type, text: args.map(text).join(' ') })
      return original.apply(this, args)
    }
  }
  addEventListener('error', (event) => entries.push({ type: 'pageerror', text: event.error?.message ?? event.message }))
  addEventListener('unhandledrejection', (event) => entries.push({ type: 'pageerror', text: event.reason?.message ?? String(event.reason) }))
  addEventListener('securitypolicyviolation', (event) =>
    entries.push({ type: 'error', text: 'Refused to load ' + event.blockedURI + ' (' + event.violatedDirective + ')' }))
})()`

const TAG = `<script>${RECORDER}</script>`
const HASH = `'sha256-${createHash('sha256').update(RECORDER).digest('base64')}'`

/** `html` with the recorder as the first thing in its `<head>` (or after its doctype). */
export function injectRecorder(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html)
  const at = head
    ? head.index + head[0].length
    : (/^\s*<!doctype[^>]*>/i.exec(html)?.[0].length ?? 0)
  return html.slice(0, at) + TAG + html.slice(at)
}

const sourcesOf = (directive: string) => directive.split(/\s+/).slice(1)
// A directive that already runs inline scripts: 'unsafe-inline' counts only without a nonce or hash.
const runsInline = (sources: string[]) =>
  sources.includes("'unsafe-inline'") &&
  !sources.some((source) => /^'(nonce-|sha256-|sha384-|sha512-)/.test(source))

/**
 * A `Content-Security-Policy` header value that also lets the recorder run, and nothing else:
 * its hash is added to `script-src-elem` and `script-src` (or to a `script-src` copied from
 * `default-src`) where inline scripts are not already allowed.
 */
export function allowRecorder(header: string): string {
  // Several policies arrive joined by commas; each must allow it.
  return header
    .split(',')
    .map((policy) => {
      const directives = policy
        .split(';')
        .map((directive) => directive.trim())
        .filter(Boolean)
      const named = (name: string) =>
        directives.findIndex((directive) => directive.split(/\s+/)[0]!.toLowerCase() === name)
      const withHash = (name: string, sources: string[]) =>
        runsInline(sources)
          ? undefined
          : [name, ...sources.filter((source) => source !== "'none'"), HASH].join(' ')
      let touched = false
      for (const name of ['script-src-elem', 'script-src']) {
        const index = named(name)
        if (index === -1) continue
        touched = true
        directives[index] = withHash(name, sourcesOf(directives[index]!)) ?? directives[index]!
      }
      const fallback = named('default-src')
      if (!touched && fallback !== -1) {
        const added = withHash('script-src', sourcesOf(directives[fallback]!))
        if (added) directives.push(added)
      }
      return directives.join('; ')
    })
    .join(', ')
}
