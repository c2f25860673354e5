// The README's React Native snippet as written (copied by scripts/readme-snippet.mjs), linking an
// account: its token route answered by a stand-in for your backend that asks the emulator for a
// token with the secret keys, then the success deep link the hosted page sent in Chromium.
import { readFileSync } from 'node:fs'
import type { CapturedRedirects } from '@belvo-widget/e2e-kit'
import { afterEach, beforeEach, expect, it, jest } from '@jest/globals'
import { render, waitFor } from '@testing-library/react-native'
import { LinkAccountScreen } from '../src/readme/LinkAccountScreen.generated.tsx'
import { loadRequest, nativeWebView } from '../src/testing/webview.ts'

const captured = JSON.parse(readFileSync(process.env.BELVO_CAPTURED!, 'utf8')) as {
  emulatorUrl: string
  secretId: string
  secretPassword: string
  links: Array<{ id: string; institution: string }>
  scheme: { callbackUrls: Record<string, string>; redirects: CapturedRedirects }
}

// Your backend: the snippet's token route, answered with a token from the emulator.
const realFetch = globalThis.fetch
const tokenRequests: string[] = []
beforeEach(() => {
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input)
    if (url !== 'https://api.example.com/widget-token') return realFetch(input, init)
    tokenRequests.push(init?.method ?? 'GET')
    return realFetch(`${captured.emulatorUrl}/api/token/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: captured.secretId,
        password: captured.secretPassword,
        scopes: 'read_institutions,write_links',
        widget: { callback_urls: captured.scheme.callbackUrls },
      }),
    })
  }) as typeof fetch
})
afterEach(() => {
  globalThis.fetch = realFetch
})

it("the README's React Native snippet links an account", async () => {
  const onDone = jest.fn()
  render(<LinkAccountScreen onDone={onDone} />)
  const uri = await waitFor(() => nativeWebView().props.newSource.uri as string, { timeout: 5000 })
  expect(tokenRequests).toEqual(['POST'])
  expect(uri).toMatch(
    /^https:\/\/widget\.belvo\.io\/\?locale=pt&mode=webapp&integration_type=openfinance&country_codes=BR&access_token=ey[\w-]+\.[\w-]+\.[\w-]+$/,
  )
  expect(await loadRequest(uri)).toBe(true)
  expect(await loadRequest(captured.scheme.redirects.success.url)).toBe(false)
  expect(onDone).toHaveBeenCalledTimes(1)
  const [link] = onDone.mock.calls[0] as [string]
  expect(captured.links).toContainEqual({ id: link, institution: 'erebor_br_retail' })
})
