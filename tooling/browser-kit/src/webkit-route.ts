// `page.route()` for the WebKit driver, on its proxy: a request whose address a route matches
// waits for the route's handler, which aborts it (the page sees a network error), fulfils it
// (status, headers, body) or lets it go on to the server. Plain HTTP only, as the proxy sees it.

/** What the proxy does with a request a route took. */
export type RouteAnswer =
  | { action: 'abort' }
  | { action: 'fulfill'; status: number; headers: Record<string, string>; body: string | Buffer }
  | { action: 'continue' }

/** The options of Playwright's `route.fulfill()` the WebKit driver takes. */
export interface FulfillOptions {
  status?: number
  contentType?: string
  headers?: Record<string, string>
  body?: string | Buffer
  json?: unknown
}

type Matcher = string | RegExp | ((url: URL) => boolean)
type Handler = (route: WebKitRoute, request: RoutedRequest) => unknown
interface RoutedRequest {
  url(): string
  method(): string
}

/** A Playwright glob as a RegExp: `**` is any run of characters, `*` any run without `/`. */
export function globToRegExp(glob: string): RegExp {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!
    if (char === '*' && glob[i + 1] === '*') {
      source += '.*'
      i++
    } else if (char === '*') source += '[^/]*'
    else if (char === '?') source += '.'
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

const matches = (matcher: Matcher, url: string) =>
  typeof matcher === 'function'
    ? matcher(new URL(url))
    : (typeof matcher === 'string' ? globToRegExp(matcher) : matcher).test(url)

/** The route a handler gets: one of its methods decides the request, once. */
export class WebKitRoute {
  private settle!: (answer: RouteAnswer) => void
  readonly answer = new Promise<RouteAnswer>((resolve) => {
    this.settle = resolve
  })

  constructor(private readonly routed: RoutedRequest) {}

  request(): RoutedRequest {
    return this.routed
  }
  /** The page sees a network error, whatever the code (Playwright's codes are taken as given). */
  async abort(_code?: string): Promise<void> {
    this.settle({ action: 'abort' })
  }
  async fulfill({ status = 200, contentType, headers = {}, body, json }: FulfillOptions = {}) {
    const type = contentType ?? (json !== undefined ? 'application/json' : undefined)
    this.settle({
      action: 'fulfill',
      status,
      headers: { ...(type && { 'content-type': type }), ...headers },
      body: json !== undefined ? JSON.stringify(json) : (body ?? ''),
    })
  }
  async continue(): Promise<void> {
    this.settle({ action: 'continue' })
  }
  async fallback(): Promise<void> {
    this.settle({ action: 'continue' })
  }
}

/** A page's routes, the last added tried first, as Playwright's are. */
export class RouteTable {
  private readonly routes: { matcher: Matcher; handler: Handler }[] = []

  add(matcher: Matcher, handler: Handler): void {
    this.routes.unshift({ matcher, handler })
  }
  remove(matcher: Matcher, handler?: Handler): void {
    for (let i = this.routes.length - 1; i >= 0; i--) {
      const route = this.routes[i]!
      if (String(route.matcher) === String(matcher) && (!handler || route.handler === handler))
        this.routes.splice(i, 1)
    }
  }
  /** What the first route matching the request says, or `undefined` when none matches. */
  decide(request: { url: string; method: string }): Promise<RouteAnswer> | undefined {
    const route = this.routes.find(({ matcher }) => matches(matcher, request.url))
    if (!route) return undefined
    const routed = { url: () => request.url, method: () => request.method }
    const decision = new WebKitRoute(routed)
    Promise.resolve(route.handler(decision, routed)).catch(() => decision.abort())
    return decision.answer
  }
}
