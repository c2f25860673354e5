// The composed Storybook as `pnpm dev` serves it (`node scripts/storybook.mjs dev`: Vite for
// React, Vue and the custom element, the Angular CLI's webpack for Angular, each composed
// Storybook on its own port), browsed in headless Chromium as a person does: per framework, a
// story that links an account and one that ends in a callback, picked in the sidebar. Each must
// show "Pass" in the Interactions panel; the callback must reach the Actions panel; the page
// must log no console error, get no failed response and ask nothing of another host. The static
// build runs every story (storybook.e2e.test.ts); this checks what development serves differently.
import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import type { Browser, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { composedStorybooks } from '../.storybook/refs.mjs'
import { launchChromium } from '../tooling/browser-kit/src/chromium.ts'
import { pageWithProblems } from './problems.ts'

const root = new URL('..', import.meta.url).pathname
const refs = composedStorybooks(root)

/** A port nothing listens on now. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

/** Polls `url` until it answers 200, or throws after `timeoutMs` or once `child` has exited. */
async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer (node scripts/storybook.mjs dev: see its output above)`)
}

// Storybook's own stores between the manager and a composed ref's preview: when the machine is
// busy compiling, the preview gives up waiting for the manager's first answer, reports it as an
// uncaught error, and syncs once the answer comes (the story still reaches Pass). Storybook's
// timing, not the packages' code.
const STORYBOOK_HANDSHAKE = /^uncaught: Timed out waiting for leader state for UniversalStore/

let dev: ChildProcess
let browser: Browser
let base: string

beforeAll(async () => {
  const port = await freePort()
  base = `http://localhost:${port}`
  dev = spawn('node', ['scripts/storybook.mjs', 'dev'], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  // The script starts the composed Storybooks, waits for them, then the root one. Its index
  // answers before the manager's own scripts are bundled: wait for those too.
  await waitFor(`${base}/index.json`, dev, 300_000)
  const html = await (await fetch(`${base}/`)).text()
  for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) {
    await waitFor(new URL(src!, `${base}/`).href, dev, 60_000)
  }
  browser = await launchChromium()
}, 320_000)

afterAll(async () => {
  await browser?.close()
  if (dev?.exitCode === null) {
    const exited = new Promise((resolve) => dev.once('exit', resolve))
    process.kill(-dev.pid!, 'SIGTERM')
    await exited
  }
})

/** The stories each Storybook is checked with, from its development server's index.json. */
const storybooks = [
  { title: 'React', ref: 'storybook_internal', port: undefined as number | undefined },
  ...refs.map(({ id, title, port }) => ({ title, ref: id, port })),
]

/**
 * The composed Storybook in a fresh page; what went wrong (console errors, uncaught errors,
 * failed responses, requests to a host other than this machine) is collected in `problems`.
 */
async function openManager(): Promise<{ page: Page; problems: string[] }> {
  const { page, problems } = await pageWithProblems(
    await browser.newContext({ viewport: { width: 1300, height: 1000 } }),
    {
      test: (url) => url.hostname === 'localhost' || url.hostname === '127.0.0.1',
      says: 'request leaving this machine',
    },
  )
  page.setDefaultTimeout(30_000)
  await page.goto(`${base}/`)
  // As a person does, wait for the page to settle before picking a story: the manager loads its
  // own preview (the React docs page) first, and a composed story selected before that preview
  // is ready is rendered again when it is, which unmounts the story halfway through its play.
  const preview = await waitForFrame(page, `${base}/iframe.html`)
  await preview.waitForFunction(() => '__STORYBOOK_PREVIEW__' in globalThis)
  await preview.evaluate(() =>
    (
      globalThis as unknown as { __STORYBOOK_PREVIEW__: { ready(): Promise<void> } }
    ).__STORYBOOK_PREVIEW__.ready(),
  )
  return { page, problems }
}

/** The page's frame whose address starts with `prefix`, once it exists (30 s at most). */
async function waitForFrame(page: Page, prefix: string): Promise<Frame> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    const frame = page.frames().find((f) => f.url().startsWith(prefix))
    if (frame) return frame
    await page.waitForTimeout(100)
  }
  throw new Error(`No frame at ${prefix} in the composed Storybook`)
}

describe.each(storybooks)('$title stories in the development Storybook', ({ ref, port }) => {
  let page: Page
  let problems: string[]
  let ids: string[]

  beforeAll(async () => {
    const index = await fetch(`${port ? `http://localhost:${port}` : base}/index.json`)
    ids = Object.keys(((await index.json()) as { entries: object }).entries)
    ;({ page, problems } = await openManager())
  })
  afterAll(() => page?.context().close())

  // Sidebar items carry the story id and, for a composed Storybook, the ref's id.
  const select = async (suffix: string) => {
    const id = ids.find((entry) => entry.endsWith(suffix))
    expect(id, `a story ending in ${suffix}`).toBeDefined()
    const item = (itemId: string) =>
      page.locator(`[data-ref-id="${ref}"][data-item-id="${itemId}"]`)
    const component = id!.split('--')[0]!
    await item(component).waitFor()
    if (!(await item(id!).isVisible())) {
      await item(component).click()
      // Opening a component opens its first story: selecting that story again would reload the
      // ref's preview under its running play function.
      const shown = (url: URL) => url.searchParams.get('path')?.endsWith(id!) ?? false
      const opened = await page.waitForURL(shown, { timeout: 3000 }).then(
        () => true,
        () => false,
      )
      if (opened) return
    }
    await item(id!).click()
  }
  const status = () =>
    page
      .getByLabel(/^Story status:/)
      .first()
      .textContent()
  // Waits for the story's play function to pass; if it does not, says what the Interactions
  // panel shows (the steps, the one that failed and its error).
  const expectPass = async (timeout: number) => {
    try {
      await expect.poll(status, { timeout }).toBe('Pass')
    } catch (error) {
      const panel = await page.locator('#storybook-panel-root').innerText()
      throw new Error(`${(error as Error).message}\nThe Interactions panel shows:\n${panel}`)
    }
  }

  // The first test also answers for what went wrong while the page loaded.
  it('a story that links an account passes', async () => {
    await select('--success')
    await page.getByRole('tab', { name: /^Interactions/ }).click()
    // The first story of a Storybook also waits for its first compile.
    await expectPass(60_000)
    expect(problems.filter((problem) => !STORYBOOK_HANDSHAKE.test(problem))).toEqual([])
  }, 90_000)

  it('a story that ends in a callback passes and lists it in the Actions panel', async () => {
    problems.length = 0
    await select('--invalid-config')
    await page.getByRole('tab', { name: /^Interactions/ }).click()
    await expectPass(30_000)
    const actions = page.getByRole('tab', { name: /^Actions/ })
    await expect.poll(() => actions.textContent()).toMatch(/Actions\s*[1-9]/)
    expect(problems).toEqual([])
  }, 60_000)
})
