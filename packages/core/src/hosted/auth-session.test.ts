// The opener is Expo's WebBrowser.openAuthSessionAsync in an app; here a stand-in answers as
// Expo documents (`success` with the URL, `cancel`, `dismiss`). The browser run against the
// emulator's hosted page is in e2e/auth-session.e2e.test.ts.
import { describe, expect, it, vi } from 'vitest'
import { QUERY_URLS, SCHEME_URLS } from '../testing/hosted-cases.ts'
import { openHostedWidgetAuthSession } from './index.ts'

const url = 'https://widget.belvo.io/?access_token=t'

describe('openHostedWidgetAuthSession', () => {
  it('waits for the start the callback URLs share and reads the redirect it ends with', async () => {
    const open = vi.fn(async () => ({
      type: 'success',
      url: 'myapp://success?link=l1&institution=i',
    }))
    await expect(
      openHostedWidgetAuthSession(open, { url, callbackUrls: SCHEME_URLS }),
    ).resolves.toEqual({
      type: 'success',
      link: 'l1',
      institution: 'i',
    })
    expect(open).toHaveBeenCalledWith(url, 'myapp://')
  })

  it('with URLs that differ only in the query, waits for their shared address', async () => {
    const open = vi.fn(async () => ({
      type: 'success',
      url: 'https://app.example/connect?state=exit',
    }))
    await expect(
      openHostedWidgetAuthSession(open, { url, callbackUrls: QUERY_URLS }),
    ).resolves.toEqual({
      type: 'exit',
    })
    expect(open).toHaveBeenCalledWith(url, 'https://app.example/')
  })

  it('exit and event alone still take the warning redirect', async () => {
    const open = vi.fn(async () => ({
      type: 'success',
      url: 'myapp://warning?warning=w&warning_message=m',
    }))
    const callbackUrls = { exit: 'myapp://exit', event: 'myapp://error' }
    await expect(openHostedWidgetAuthSession(open, { url, callbackUrls })).resolves.toEqual({
      type: 'warning',
      code: 'w',
      message: 'm',
    })
    expect(open).toHaveBeenCalledWith(url, 'myapp://')
  })

  it('cancel and dismiss, and a redirect elsewhere, end without an outcome', async () => {
    const run = (answer: { type: string; url?: string }) =>
      openHostedWidgetAuthSession(async () => answer, { url, callbackUrls: SCHEME_URLS })
    await expect(run({ type: 'cancel' })).resolves.toEqual({ type: 'cancel' })
    await expect(run({ type: 'dismiss' })).resolves.toEqual({ type: 'dismiss' })
    await expect(run({ type: 'locked' })).resolves.toEqual({ type: 'dismiss' })
    await expect(run({ type: 'success', url: 'other://success?link=1' })).resolves.toEqual({
      type: 'dismiss',
    })
  })

  it("refuses Belvo's underscore callback URLs before opening anything", async () => {
    const open = vi.fn(async () => ({ type: 'cancel' }))
    await expect(
      openHostedWidgetAuthSession(open, {
        url,
        callbackUrls: { success: 'your_deeplink_here://success' },
      }),
    ).rejects.toMatchObject({ code: 'invalid_config' })
    expect(open).not.toHaveBeenCalled()
  })
})
