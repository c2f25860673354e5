import { describe, expectTypeOf, it } from 'vitest'
import { type BelvoWidgetOptions, createBelvoWidget, defineBelvoConfig } from './index.ts'

declare const lang: string
declare const access: string

describe("Belvo's snippet shape", () => {
  it("takes Belvo's config as its snippets write it: callback, onExit and onEvent", () => {
    // Seed 001's React/Vue snippet config, with the token added.
    const successCallbackFunction = (_link: string, _institution: string) => {}
    createBelvoWidget({
      token: access,
      callback: (link, institution) => successCallbackFunction(link, institution),
      onExit: (_data) => {},
      onEvent: (_data) => {},
    })
  })

  it('refuses a success callback that reads one { id, institution } object', () => {
    expectTypeOf<{
      callback: (result: { id: string; institution: string }) => void
    }>().not.toExtend<BelvoWidgetOptions>()
    expectTypeOf<{
      onSuccess: (result: { id: string; institution: string }) => void
    }>().not.toExtend<BelvoWidgetOptions>()
  })
})

describe('a config built as a variable', () => {
  it('is widened by TypeScript, so its plain object is refused', () => {
    const config = { locale: 'en', institution_types: ['retail'] }
    expectTypeOf(config).not.toExtend<BelvoWidgetOptions>()
  })

  it('keeps its literal types through defineBelvoConfig, and passes to createBelvoWidget', () => {
    const config = defineBelvoConfig({
      locale: 'en',
      institution_types: ['retail'],
      country_codes: ['MX', 'CO'],
      external_id: `user-${lang}`,
      onSuccess: (link) => expectTypeOf(link).toBeString(),
    })
    expectTypeOf(config).toExtend<BelvoWidgetOptions>()
    expectTypeOf(config.locale).toEqualTypeOf<'en'>()
    createBelvoWidget({ ...config, token: access })
  })

  it('keeps its literal types with satisfies', () => {
    const config = { locale: 'en', institution_types: ['retail'] } satisfies BelvoWidgetOptions
    createBelvoWidget({ ...config, token: access })
  })

  it('refuses a plain string with a message that says what to write', () => {
    defineBelvoConfig({
      // @ts-expect-error locale takes 'es' | 'en' | 'pt', and a plain string is wider: write one of them, or narrow the variable
      locale: lang || 'en',
    })
    defineBelvoConfig({
      // @ts-expect-error institution_types takes 'retail' | 'business' | 'fiscal' | 'gig' | 'employment', and a plain string is wider
      institution_types: ['retail', lang],
    })
    // @ts-expect-error locale takes 'es' | 'en' | 'pt'
    defineBelvoConfig({ locale: 'fr' })
    // Narrowed, the same value is fine.
    defineBelvoConfig({ locale: lang === 'pt' ? 'pt' : 'en' })
  })
})
