// core/hosted under React Native's own `URL` and `URLSearchParams` (react-native's
// Libraries/Blob/URL.js, which a React Native app installs as the globals), on the cases core's
// own suite runs with no `URL` at all.
import {
  buildHostedWidgetUrl,
  checkCallbackUrls,
  decideHostedNavigation,
  hostedWidgetOriginWhitelist,
  parseHostedWidgetRedirect,
} from '@belvo-widget/core/hosted'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  URL as ReactNativeURL,
  URLSearchParams as ReactNativeURLSearchParams,
  // biome-ignore lint/suspicious/noReactNativeDeepImports: the class React Native installs as the global URL
} from 'react-native/Libraries/Blob/URL'
import {
  BUILD_CASES,
  CHECK_CASES,
  DECIDE_CASES,
  PARSE_CASES,
  WHITELIST_CASES,
} from '../../core/src/testing/hosted-cases.ts'

const node = { URL: globalThis.URL, URLSearchParams: globalThis.URLSearchParams }
beforeAll(() => {
  Object.assign(globalThis, { URL: ReactNativeURL, URLSearchParams: ReactNativeURLSearchParams })
})
afterAll(() => {
  Object.assign(globalThis, node)
})

describe("core/hosted under React Native's URL class", () => {
  it("is React Native's class, which reads no host from a deep link", () => {
    expect(URL).toBe(ReactNativeURL)
    const deepLink = new URL('myapp://success?link=l1')
    expect(deepLink.hostname).toBe('')
    expect(new URL('https://widget.belvo.io/x').hostname).toBe('widget.belvo.io')
  })

  it.each(PARSE_CASES)('parses %s', (_, url, callbackUrls, means) => {
    expect(parseHostedWidgetRedirect(url, { callbackUrls })).toEqual(means)
  })

  it.each(BUILD_CASES)('builds %s', (_, params, baseUrl, url) => {
    expect(buildHostedWidgetUrl(params as never, { baseUrl })).toBe(url)
  })

  it.each(DECIDE_CASES)('decides: %s', (_, request, callbackUrls, decision) => {
    expect(decideHostedNavigation(request, { callbackUrls })).toEqual(decision)
  })

  it.each(WHITELIST_CASES)('whitelist for %s', (_, callbackUrls, widgetUrl, list) => {
    expect(hostedWidgetOriginWhitelist({ callbackUrls, widgetUrl })).toEqual(list)
  })

  it.each(CHECK_CASES)('checks %s', (_, callbackUrls, problem) => {
    if (problem) expect(() => checkCallbackUrls(callbackUrls)).toThrow(problem)
    else expect(() => checkCallbackUrls(callbackUrls)).not.toThrow()
  })
})
