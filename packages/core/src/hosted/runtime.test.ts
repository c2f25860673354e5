// core/hosted in a runtime with no `URL` and no `URLSearchParams` at all (a bare JS engine). The
// same cases run under React Native's own `URL` class in @belvo-widget/react-native's suite.
import { afterEach, describe, expect, it } from 'vitest'
import {
  BUILD_CASES,
  CHECK_CASES,
  DECIDE_CASES,
  PARSE_CASES,
  WHITELIST_CASES,
} from '../testing/hosted-cases.ts'
import {
  buildHostedWidgetUrl,
  checkCallbackUrls,
  decideHostedNavigation,
  hostedWidgetOriginWhitelist,
  parseHostedWidgetRedirect,
} from './index.ts'

const globals = { URL: globalThis.URL, URLSearchParams: globalThis.URLSearchParams }
// Runs `fn` with both globals removed; the assertions run after they are back.
const bare = <T>(fn: () => T): T => {
  // @ts-expect-error removed on purpose
  delete globalThis.URL
  // @ts-expect-error removed on purpose
  delete globalThis.URLSearchParams
  try {
    return fn()
  } finally {
    Object.assign(globalThis, globals)
  }
}
const error = (fn: () => unknown) => {
  try {
    fn()
  } catch (e) {
    return e as Error
  }
}
afterEach(() => Object.assign(globalThis, globals))

describe('core/hosted without URL and URLSearchParams', () => {
  it('really runs without them', () => {
    expect(bare(() => typeof URL + typeof URLSearchParams)).toBe('undefinedundefined')
  })

  it.each(PARSE_CASES)('parses %s', (_, url, callbackUrls, means) => {
    expect(bare(() => parseHostedWidgetRedirect(url, { callbackUrls }))).toEqual(means)
  })

  it.each(BUILD_CASES)('builds %s', (_, params, baseUrl, url) => {
    expect(bare(() => buildHostedWidgetUrl(params as never, { baseUrl }))).toBe(url)
  })

  it.each(DECIDE_CASES)('decides: %s', (_, request, callbackUrls, decision) => {
    expect(bare(() => decideHostedNavigation(request, { callbackUrls }))).toEqual(decision)
  })

  it.each(WHITELIST_CASES)('whitelist for %s', (_, callbackUrls, widgetUrl, list) => {
    expect(bare(() => hostedWidgetOriginWhitelist({ callbackUrls, widgetUrl }))).toEqual(list)
  })

  it.each(CHECK_CASES)('checks %s', (_, callbackUrls, problem) => {
    const thrown = bare(() => error(() => checkCallbackUrls(callbackUrls)))
    if (problem) {
      expect(thrown).toMatchObject({ name: 'BelvoWidgetError', code: 'invalid_config' })
      expect(thrown?.message).toMatch(problem)
    } else expect(thrown).toBeUndefined()
  })
})
