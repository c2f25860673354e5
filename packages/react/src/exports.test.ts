import * as core from '@belvo-widget/core'
import { describe, expect, it } from 'vitest'
import * as react from './index.ts'

describe('the package entry', () => {
  it("re-exports all of core's API, so an app installs one package", () => {
    for (const name of Object.keys(core)) expect(react).toHaveProperty(name, core[name as never])
  })
})
