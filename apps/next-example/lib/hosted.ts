import type { HostedCallbackUrls } from '@belvo-widget/core/hosted'

/**
 * Where Belvo's hosted widget sends the visitor back: one page of this app, told apart by the
 * query. The token route puts these in the token; the return page reads the outcome with them.
 */
export function hostedCallbackUrls(origin: string): Required<HostedCallbackUrls> {
  const page = `${origin}/connected`
  return {
    success: `${page}?state=success`,
    exit: `${page}?state=exit`,
    event: `${page}?state=error`,
  }
}
