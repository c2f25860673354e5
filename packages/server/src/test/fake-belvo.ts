// Belvo's side as runtimes can make it look: a fetch with Cloudflare Workers' `this` check.

/**
 * `inner`, refusing (as Cloudflare Workers' global fetch does) to run with a `this` other
 * than the global object or `undefined`, e.g. when called as `config.fetch(…)`.
 */
export function fetchCheckingThis(inner: typeof fetch): typeof fetch {
  return function fetch(this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    if (this !== undefined && this !== globalThis) {
      throw new TypeError('Illegal invocation: function called with incorrect `this` reference.')
    }
    return inner(input, init)
  } as typeof fetch
}

