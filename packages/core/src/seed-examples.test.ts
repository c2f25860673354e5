// Every example of Belvo's documentation pages (fixtures/belvo-docs.ts) through the part of core
// that takes it: hosted URLs through buildHostedWidgetUrl, deep links through
// parseHostedWidgetRedirect (with and without callbackUrls), payloads through the normalisers,
// startup configs through validateConfig and the token answer through the expiry check.
import { installBelvoEmulator, SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/testing'
import { describe, expect, it } from 'vitest'
import {
  DEEP_LINKS,
  EVENT_PAYLOADS,
  EXIT_PAYLOADS,
  HOSTED_URLS,
  SEEDS,
  STARTUP_CONFIGS,
  SUCCESS_PAYLOADS,
  TOKEN_REQUESTS,
  TOKEN_RESPONSES,
} from '../../../fixtures/belvo-docs.ts'
import { validateConfig } from './config.ts'
import { createBelvoWidget } from './controller.ts'
import {
  buildHostedWidgetUrl,
  checkCallbackUrls,
  parseHostedWidgetRedirect,
} from './hosted/index.ts'
import { normalizeEvents, normalizeExit } from './normalize.ts'
import { getTokenExpiry, isTokenExpired } from './token.ts'
import type { BelvoStartupConfig } from './types.ts'

const cite = (e: { seed: keyof typeof SEEDS; name: string }) => `${e.name} (${SEEDS[e.seed]})`

describe('hosted widget URLs', () => {
  it.each(HOSTED_URLS.map((e) => [cite(e), e.example] as const))(
    '%s: built from its parameters',
    (_, { url, params }) => {
      const built = buildHostedWidgetUrl(params as never)
      expect(decodeURIComponent(built)).toBe(url)
      expect([...new URL(built).searchParams]).toEqual([...new URL(url).searchParams])
    },
  )
})

describe('deep links', () => {
  it.each(DEEP_LINKS.map((e) => [cite(e), e.example] as const))(
    '%s: parsed without and with callbackUrls',
    (_, { url, callbackUrls, means }) => {
      expect(parseHostedWidgetRedirect(url)).toEqual(means)
      expect(parseHostedWidgetRedirect(url, { callbackUrls })).toEqual(means)
    },
  )

  it.each(
    TOKEN_REQUESTS.filter(
      (e) => (e.example.widget as { callback_urls?: unknown })?.callback_urls,
    ).map(
      (e) =>
        [
          cite(e),
          (e.example.widget as { callback_urls: Record<string, string> }).callback_urls,
        ] as const,
    ),
  )('%s: deep links to its callback_urls parse with them', (_, callbackUrls) => {
    const to = (key: string, query: string) => `${callbackUrls[key]}?${query}`
    expect(
      parseHostedWidgetRedirect(to('success', 'link=l1&institution=i'), { callbackUrls }),
    ).toEqual({ type: 'success', link: 'l1', institution: 'i' })
    expect(
      parseHostedWidgetRedirect(to('exit', 'meta_data_step=abandon-survey'), { callbackUrls }),
    ).toEqual({ type: 'exit', metaData: { step: 'abandon-survey' } })
    expect(
      parseHostedWidgetRedirect(to('event', 'error=ACCESS_TOKEN_NOT_VALID&error_message=m'), {
        callbackUrls,
      }),
    ).toEqual({ type: 'error', code: 'ACCESS_TOKEN_NOT_VALID', message: 'm' })
    // A warning goes to the event URL with `error` swapped for `warning`.
    const warning = `${callbackUrls.event!.replace(/error$/, 'warning')}?warning=institution_disabled&warning_message=m`
    expect(parseHostedWidgetRedirect(warning, { callbackUrls })).toEqual({
      type: 'warning',
      code: 'institution_disabled',
      message: 'm',
    })
    // Another app's address is still refused.
    expect(
      parseHostedWidgetRedirect('other-app://success?link=l1&institution=i', { callbackUrls }),
    ).toEqual({ type: 'unknown' })
  })
})

describe('callback URLs of token requests', () => {
  const withCallbacks = TOKEN_REQUESTS.flatMap((e) => {
    const urls = (e.example.widget as { callback_urls?: { success: string } })?.callback_urls
    return urls ? [[cite(e), urls] as const] : []
  })

  it('the examples include one with "_" in its scheme and some without', () => {
    expect(withCallbacks.map(([, urls]) => urls.success.split(':')[0])).toEqual(
      expect.arrayContaining(['your_deeplink_here', 'your-deeplink-here']),
    )
  })

  it.each(withCallbacks)('%s: checkCallbackUrls says how to fix an invalid scheme', (_, urls) => {
    if (urls.success.startsWith('your_')) {
      expect(() => checkCallbackUrls(urls)).toThrow(
        'callbackUrls.success "your_deeplink_here://success" has "_" in its scheme, which URLs may not contain',
      )
      expect(() => checkCallbackUrls(urls)).toThrow(
        'Register and use a scheme such as "your-deeplink-here" ("your-deeplink-here://success")',
      )
    } else expect(checkCallbackUrls(urls)).toBe(urls)
  })
})

describe('callback payloads', () => {
  it.each(EVENT_PAYLOADS.map((e) => [cite(e), e.example] as const))(
    '%s: normalised to its events',
    (_, payload) => {
      const inner = (payload as { data?: unknown[] }).data ?? [payload]
      expect(normalizeEvents(payload)).toEqual(inner)
      expect(normalizeEvents(payload)[0]?.meta_data).toBeTypeOf('object')
    },
  )

  it.each(EXIT_PAYLOADS.map((e) => [cite(e), e.example] as const))(
    '%s: normalised to the exit data',
    (_, payload) => {
      const inner = (payload as { data?: unknown[] }).data?.[0] ?? payload
      expect(normalizeExit(payload)).toEqual(inner)
    },
  )
})

describe('startup configs', () => {
  it.each(STARTUP_CONFIGS.map((e) => [cite(e), e.example] as const))('%s: valid', (_, config) => {
    expect(() => validateConfig(config as BelvoStartupConfig)).not.toThrow()
  })

  it.each(HOSTED_URLS.map((e) => [cite(e), e.example.params] as const))(
    '%s: its parameters are a valid startup config',
    (_, { access_token: _token, ...config }) => {
      expect(() => validateConfig(config as BelvoStartupConfig)).not.toThrow()
    },
  )
})

describe('token answers', () => {
  it.each(TOKEN_RESPONSES.map((e) => [cite(e), e.example] as const))(
    '%s: its access token is read as expired',
    (_, { access }) => {
      expect(getTokenExpiry(access)).toBe(1712571892000)
      expect(isTokenExpired(access)).toBe(true)
    },
  )
})

describe('success callback data', () => {
  it.each(SUCCESS_PAYLOADS.map((e) => [cite(e), e.example] as const))(
    '%s: onSuccess and the success state carry its fields, as strings',
    async (_, documented) => {
      const emulator = installBelvoEmulator()
      try {
        const received: Array<Record<string, string>> = []
        const widget = createBelvoWidget({
          token: () => emulator.createToken(),
          onSuccess: (link, institution) => received.push({ link, institution }),
        })
        await widget.open()
        await emulator.user.logInToInstitution(SANDBOX_CREDENTIALS.success)
        const fields = Object.fromEntries(
          Object.keys(documented).map((k) => [k, expect.any(String)]),
        )
        expect(received).toEqual([fields])
        expect(widget.getSnapshot()).toEqual({ status: 'success', ...fields })
        widget.destroy()
      } finally {
        emulator.uninstall()
        document.head.replaceChildren()
        document.body.replaceChildren()
      }
    },
  )
})
