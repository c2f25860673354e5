import type { Locator } from 'playwright-core'

/**
 * One thing a person does in a widget, found by its accessible name: the shape of the emulator's
 * `loginWalk()` steps, restated here so this kit depends on no workspace package.
 */
export type PlaywrightStep =
  | { kind: 'press'; label: string }
  | { kind: 'choose'; label: string }
  | { kind: 'fill'; label: string; value: string }

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Runs steps inside `root` the way a person would: buttons by their accessible name (an
 * institution's button by the name it contains), fields by their label.
 *
 * @example
 * ```ts
 * await runSteps(page.locator('#belvo').getByRole('dialog'), loginWalk(SANDBOX_CREDENTIALS.success))
 * ```
 */
export async function runSteps(root: Locator, steps: readonly PlaywrightStep[]): Promise<void> {
  for (const step of steps) {
    if (step.kind === 'fill') await root.getByLabel(step.label).fill(step.value)
    else {
      const name = step.kind === 'choose' ? new RegExp(escapeRegExp(step.label)) : step.label
      await root.getByRole('button', { name }).click()
    }
  }
}
