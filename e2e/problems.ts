import type { BrowserContext, Page } from 'playwright-core'

/**
 * A fresh page in `context` whose problems are collected for the test to check and clear:
 * uncaught errors, console errors, failed responses, and requests that `allowed` refuses (they
 * are aborted, as a page cut off from the network would see them).
 */
export async function pageWithProblems(
  context: BrowserContext,
  allowed: { test(url: URL): boolean; says: string },
): Promise<{ page: Page; problems: string[] }> {
  const problems: string[] = []
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (allowed.test(url)) return route.continue()
    problems.push(`${allowed.says}: ${url.href}`)
    return route.abort('blockedbyclient')
  })
  const page = await context.newPage()
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  page.on('console', (message) => {
    // Failed requests are reported above, with their address.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(`console error: ${message.text()}`)
  })
  return { page, problems }
}
