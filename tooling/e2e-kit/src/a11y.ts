import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { AxeResults } from 'axe-core'
import type { Page } from 'playwright-core'

let axeSource: Promise<string> | undefined

/**
 * What axe-core (Deque's accessibility rules: WCAG 2 A and AA, and best practices such as
 * landmarks) finds wrong on `page` as it is now, one line per rule broken: the rule, its impact,
 * what it asks, and up to three of the elements that break it. Empty when nothing is wrong.
 *
 * `disableRules` leaves rules out by id: for a fragment of a page (a story), the rules about the
 * page as a whole (`region`, `landmark-one-main`, `page-has-heading-one`).
 *
 * @example
 * ```ts
 * expect(await accessibilityViolations(page)).toEqual([])
 * ```
 */
export async function accessibilityViolations(
  page: Page,
  { disableRules = [] }: { disableRules?: string[] } = {},
): Promise<string[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  const source = await axeSource
  // Evaluated by the driver, so a page's Content Security Policy does not stop it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`(() => {${source}\n})()`)
  return page.evaluate(async (disabled) => {
    const { axe } = window as unknown as {
      axe: { run(context: Document, options: object): Promise<AxeResults> }
    }
    const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]))
    const { violations } = await axe.run(document, { rules })
    return violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}: ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    )
  }, disableRules)
}
