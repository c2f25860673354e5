// Every story and docs page of the built, composed Storybook (storybook-static/, with each
// composed Storybook in its sub-folder), run in headless Chromium from a plain HTTP server the
// way a person's browser runs them: a story fails on a failing play function, a render error,
// any console error, any request that leaves the page's origin, or what axe-core finds wrong in
// the story as it ends (the rules about a whole page aside: a story is a fragment of one).
import { existsSync, readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { composedStorybooks } from '../.storybook/refs.mjs'
import { launchChromium } from '../tooling/browser-kit/src/chromium.ts'
import { accessibilityViolations } from '../tooling/e2e-kit/src/a11y.ts'
import { pageWithProblems } from './problems.ts'
import { serveStatic } from './static-server.ts'

interface Entry {
  id: string
  title: string
  name: string
  type: 'story' | 'docs'
}

const root = new URL('..', import.meta.url).pathname
const out = join(root, 'storybook-static')
const refs = composedStorybooks(root)

const readEntries = (folder: string): Entry[] | undefined => {
  const file = join(out, folder, 'index.json')
  if (!existsSync(file)) return undefined
  return Object.values(JSON.parse(readFileSync(file, 'utf8')).entries as Record<string, Entry>)
}

const storybooks = [
  { title: 'React', folder: '' },
  ...refs.map((ref) => ({ title: ref.title, folder: `${ref.id}/` })),
].map((storybook) => ({ ...storybook, entries: readEntries(storybook.folder) }))

// axe-core's rules about a page as a whole, which a story (a fragment of a page) does not meet.
const PAGE_RULES = ['region', 'landmark-one-main', 'page-has-heading-one']

let browser: Browser
let server: Server
let base: string

beforeAll(async () => {
  ;({ url: base, server } = await serveStatic(out))
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  server?.close()
})

/**
 * A page of the build whose problems (console errors, uncaught errors, failed responses,
 * requests to another origin, which are refused) are collected in `problems` for the test to
 * check and clear.
 */
async function openBuildPage(path: string) {
  const { page, problems } = await pageWithProblems(await browser.newContext(), {
    test: (url) => url.origin === base,
    says: "request leaving the page's origin",
  })
  page.setDefaultTimeout(20_000)
  await page.goto(`${base}/${path}`)
  return { page, problems }
}

/**
 * Selects the entry in the preview, as the sidebar does, and resolves with what went wrong once
 * the story finished (render, play function, checks) or the docs page rendered.
 */
const runEntry = (page: Page, entry: Entry): Promise<string[]> =>
  page.evaluate(
    ({ id, type }) =>
      new Promise<string[]>((resolve) => {
        type Channel = {
          on(name: string, handler: (payload: never) => void): void
          off(name: string, handler: (payload: never) => void): void
          emit(name: string, payload: object): void
        }
        const channel = (globalThis as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel })
          .__STORYBOOK_ADDONS_CHANNEL__
        const errors: string[] = []
        const handlers: Record<string, (payload: never) => void> = {
          playFunctionThrewException: (e: { message: string }) =>
            errors.push(`play function: ${e.message}`),
          storyThrewException: (e: { message: string }) => errors.push(`render: ${e.message}`),
          storyErrored: (e: { title: string; description: string }) =>
            errors.push(`${e.title}: ${e.description}`),
          unhandledErrorsWhilePlaying: (list: { message: string }[]) =>
            errors.push(...list.map((e) => `unhandled while playing: ${e.message}`)),
          storyMissing: () => done('missing from the build'),
          storyFinished: (e: { storyId: string; status: string }) => {
            if (e.storyId !== id) return
            if (e.status !== 'success' && errors.length === 0) errors.push(`status ${e.status}`)
            done()
          },
          docsRendered: (docsId: string) => {
            if (type === 'docs' && docsId === id) done()
          },
        }
        const done = (error?: string) => {
          if (error) errors.push(error)
          for (const [name, handler] of Object.entries(handlers)) channel.off(name, handler)
          resolve(errors)
        }
        for (const [name, handler] of Object.entries(handlers)) channel.on(name, handler)
        channel.emit('setCurrentStory', { storyId: id, viewMode: type })
      }),
    { id: entry.id, type: entry.type },
  )

describe('the composed Storybook', () => {
  it('lists each framework once, with no onboarding checklist and no failing ref', async () => {
    // No group in one Storybook repeats the title of the ref it is shown under.
    for (const { title, entries } of storybooks.slice(1)) {
      expect(entries?.filter((e) => e.title.split('/')[0] === title) ?? []).toEqual([])
    }
    // The manager also asks each ref for stories.json and metadata.json: the build answers them
    // (.storybook/ref-middleware.mjs), so no request of the page fails.
    const { page, problems } = await openBuildPage('')
    try {
      const sidebar = page.locator('#storybook-explorer-tree')
      for (const { title } of storybooks) {
        await sidebar.getByText(title, { exact: true }).first().waitFor()
      }
      for (const { title } of storybooks) {
        await expect(sidebar.getByText(title, { exact: true }).count()).resolves.toBe(1)
      }
      await expect(page.getByText('Something went wrong').count()).resolves.toBe(0)
      await expect(page.getByText(/^Get started/).count()).resolves.toBe(0)
      expect(problems).toEqual([])
    } finally {
      await page.context().close()
    }
  })
})

describe('the Actions panel', () => {
  // A story whose play function ends in a callback (the error of an invalid config), per
  // Storybook that has one, picked in the composed sidebar as a user does: its calls must reach
  // the panel.
  const withActions = storybooks.flatMap(({ title, folder, entries }) => {
    const story = entries?.find((entry) => entry.id.endsWith('--invalid-config'))
    // Sidebar items carry the story id and, in a composed Storybook, the ref's id.
    const ref = folder ? folder.slice(0, -1) : 'storybook_internal'
    return story ? [{ title, ref, id: story.id, component: story.id.split('--')[0]! }] : []
  })

  it.each(withActions)('lists the callbacks of $title stories', async ({ ref, id, component }) => {
    const { page, problems } = await openBuildPage('')
    try {
      const item = (itemId: string) =>
        page.locator(`[data-ref-id="${ref}"][data-item-id="${itemId}"]`)
      await item(component).waitFor()
      if (!(await item(id).isVisible())) await item(component).click()
      await item(id).click()
      const tab = page.getByRole('tab', { name: /^Actions/ })
      await expect.poll(() => tab.textContent(), { timeout: 20_000 }).toMatch(/Actions\s*[1-9]/)
      expect(problems).toEqual([])
    } finally {
      await page.context().close()
    }
  })
})

describe.each(storybooks)('$title Storybook', ({ folder, entries }) => {
  let page: Page
  let problems: string[]

  beforeAll(async () => {
    if (!entries) return
    ;({ page, problems } = await openBuildPage(`${folder}iframe.html`))
    await page.waitForFunction(() => '__STORYBOOK_PREVIEW__' in globalThis)
    await page.evaluate(() =>
      (
        globalThis as unknown as { __STORYBOOK_PREVIEW__: { ready(): Promise<void> } }
      ).__STORYBOOK_PREVIEW__.ready(),
    )
  })
  afterAll(() => page?.context().close())

  it('is built', () => {
    expect(entries, `${join(out, folder)}index.json is missing`).toBeDefined()
    expect(entries?.length).toBeGreaterThan(0)
  })

  it.each(entries ?? [])('$title › $name', async (entry) => {
    problems.length = 0
    const errors = await runEntry(page, entry)
    expect([...errors, ...problems]).toEqual([])
    if (entry.type === 'story') {
      expect(await accessibilityViolations(page, { disableRules: PAGE_RULES })).toEqual([])
    }
  })
})
