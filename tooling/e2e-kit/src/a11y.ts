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
 * @example
 * ```ts
 * expect(await accessibilityViolations(page)).toEqual([])
 * ```
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  const source = await axeSource
  // Evaluated by the driver, so a page's Content Security Policy does not stop it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`(() => {${source}\n})()`)
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }
    const { violations } = await axe.run(document)
    return violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}: ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    )
  })
}
