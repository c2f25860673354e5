import { describe, expect, it } from 'vitest'
import { PARSE_CASES } from '../testing/hosted-cases.ts'
import { buildHostedWidgetUrl, parseHostedWidgetRedirect } from './index.ts'

// The cases every runtime answers alike (runtime.test.ts runs them without URL and
// URLSearchParams, @belvo-widget/react-native's suite under React Native's URL class), here with
// Node's globals in place.
describe('parseHostedWidgetRedirect with the URL globals in place', () => {
  it.each(PARSE_CASES)('parses %s', (_, url, callbackUrls, means) => {
    expect(parseHostedWidgetRedirect(url, { callbackUrls })).toEqual(means)
  })
})

describe('buildHostedWidgetUrl', () => {
  // Belvo's own example URLs are checked in ../seed-examples.test.ts.
  it('encodes every value, leaves out undefined, and takes a base URL (e.g. the emulator)', () => {
    const url = buildHostedWidgetUrl(
      {
        access_token: 'a&b=c',
        company_name: 'ACME Corp & Co',
        locale: undefined,
        show_close_dialog: false,
      },
      { baseUrl: 'http://127.0.0.1:5100/' },
    )
    expect(url).toBe(
      'http://127.0.0.1:5100/?access_token=a%26b%3Dc&company_name=ACME%20Corp%20%26%20Co&show_close_dialog=false',
    )
  })
})

describe('parseHostedWidgetRedirect', () => {
  // Belvo's own example deep links are checked in ../seed-examples.test.ts.
  it('reads an exit deep link without parameters', () => {
    expect(parseHostedWidgetRedirect('myapp://exit')).toEqual({ type: 'exit' })
  })

  it('with callbackUrls, accepts only redirects to those addresses', () => {
    const callbackUrls = {
      success: 'https://app.example.com/belvo/success',
      exit: 'https://app.example.com/belvo/exit',
      event: 'https://app.example.com/belvo/event',
    }
    expect(
      parseHostedWidgetRedirect('https://app.example.com/belvo/success?link=l1&institution=i', {
        callbackUrls,
      }),
    ).toEqual({ type: 'success', link: 'l1', institution: 'i' })
    expect(
      parseHostedWidgetRedirect('https://evil.example.net/belvo/success?link=l1&institution=i', {
        callbackUrls,
      }),
    ).toEqual({ type: 'unknown' })
    expect(
      parseHostedWidgetRedirect('https://app.example.com/belvo/event?error=X&error_message=m', {
        callbackUrls,
      }),
    ).toEqual({ type: 'error', code: 'X', message: 'm' })
    expect(
      parseHostedWidgetRedirect(
        'https://app.example.com/belvo/exit?meta_data_step=abandon-survey',
        {
          callbackUrls,
        },
      ),
    ).toEqual({ type: 'exit', metaData: { step: 'abandon-survey' } })
  })

  it('never throws on garbage', () => {
    for (const input of ['', 'not a url', '://', 'https://x.test/?link=', 'myapp://other?x=1']) {
      expect(parseHostedWidgetRedirect(input)).toEqual({ type: 'unknown' })
    }
    expect(parseHostedWidgetRedirect(undefined as unknown as string)).toEqual({ type: 'unknown' })
    expect(
      parseHostedWidgetRedirect('myapp://success?link=1', {
        callbackUrls: { success: 'not a url' },
      }),
    ).toEqual({ type: 'unknown' })
  })
})
