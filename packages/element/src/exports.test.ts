import * as core from '@belvo-widget/core'
import { describe, expect, it } from 'vitest'

describe('the package entries', () => {
  it("both re-export all of core's API, so an app installs one package", async () => {
    const entries = [await import('./index.ts'), await import('./define.ts')]
    const missing = entries.map((entry) => Object.keys(core).filter((name) => !(name in entry)))
    expect(missing).toEqual([[], []])
  })
})
