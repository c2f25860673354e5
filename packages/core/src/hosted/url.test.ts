// Callback URLs and the redirects to them, spelt differently: webviews and browsers send a path
// percent-encoded (`/caf%C3%A9`) that the token's callback URL may hold as written (`/café`).
// Each case runs with the global `URL` and `URLSearchParams` and without them (a bare JS engine);
// @belvo-widget/react-native's suite runs the same under React Native's `URL` class.
import { afterEach, describe, expect, it } from 'vitest'
import { parseHostedWidgetRedirect } from './index.ts'

const LINK = 'cb65f82c-dc93-4d3e-8270-9a27528397f5'
const globals = { URL: globalThis.URL, URLSearchParams: globalThis.URLSearchParams }
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
afterEach(() => Object.assign(globalThis, globals))

const CASES: Array<
  [name: string, url: string, callbackUrl: Record<string, string>, means: unknown]
> = [
  [
    'a non-ASCII path the webview percent-encoded',
    `https://app.example/caf%C3%A9/success?link=${LINK}&institution=i`,
    { success: 'https://app.example/café/success' },
    { type: 'success', link: LINK, institution: 'i' },
  ],
  [
    'a non-ASCII path written out, the callback URL encoded in lower-case hex',
    'https://app.example/café/exit?meta_data_step=abandon-survey',
    { exit: 'https://app.example/caf%c3%a9/exit' },
    { type: 'exit', metaData: { step: 'abandon-survey' } },
  ],
  [
    '%7E for ~',
    'https://app.example/%7Euser/error?error=ACCESS_TOKEN_NOT_VALID&error_message=Expired',
    { event: 'https://app.example/~user/error' },
    { type: 'error', code: 'ACCESS_TOKEN_NOT_VALID', message: 'Expired' },
  ],
  [
    'a space, encoded or not, in a deep link',
    `myapp://belvo/my%20app/success?link=${LINK}&institution=i`,
    { success: 'myapp://belvo/my app/success' },
    { type: 'success', link: LINK, institution: 'i' },
  ],
  [
    'another accented letter is another path',
    `https://app.example/caf%C3%A8/success?link=${LINK}&institution=i`,
    { success: 'https://app.example/café/success' },
    { type: 'unknown' },
  ],
  [
    'an encoded / is not a path separator',
    `https://app.example/belvo/cb/success?link=${LINK}&institution=i`,
    { success: 'https://app.example/belvo%2Fcb/success' },
    { type: 'unknown' },
  ],
]

describe('callback URLs match whatever the percent-encoding of their path', () => {
  it.each(CASES)('%s', (_, url, callbackUrls, means) => {
    expect(parseHostedWidgetRedirect(url, { callbackUrls })).toEqual(means)
  })

  it.each(CASES)('%s, without URL and URLSearchParams', (_, url, callbackUrls, means) => {
    expect(bare(() => parseHostedWidgetRedirect(url, { callbackUrls }))).toEqual(means)
  })
})
