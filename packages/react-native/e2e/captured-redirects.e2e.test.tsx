// The deep links the emulator's hosted widget page sent in Chromium (phone viewport, one page per
// outcome; see global-setup.mjs), with every top-frame navigation before them, fed to core's
// decision function and, as load requests of the native webview, to <BelvoHostedWidget>.
import { readFileSync } from 'node:fs'
import type { HostedCallbackUrls } from '@belvo-widget/core/hosted'
import { decideHostedNavigation } from '@belvo-widget/core/hosted'
import type { CapturedRedirects } from '@belvo-widget/e2e-kit'
import { describe, expect, it, jest } from '@jest/globals'
import { act, render, screen, waitFor } from '@testing-library/react-native'
import { Linking } from 'react-native'
import { BelvoHostedWidget } from '../src/index.ts'
import { loadRequest, nativeWebView } from '../src/testing/webview.ts'

const captured = JSON.parse(readFileSync(process.env.BELVO_CAPTURED!, 'utf8')) as {
  emulatorUrl: string
  links: Array<{ id: string; institution: string }>
} & Record<
  'scheme' | 'query',
  { callbackUrls: Required<HostedCallbackUrls>; redirects: CapturedRedirects }
>

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

describe.each(['scheme', 'query'] as const)(
  'captured from the hosted page (%s callback URLs)',
  (name) => {
    const { callbackUrls, redirects } = captured[name]
    const widgetUrl = `${captured.emulatorUrl}/`
    const decide = (url: string) => decideHostedNavigation(url, { callbackUrls, widgetUrl })

    it('the deep links went to the callback URLs', () => {
      expect(
        redirects.success.url.startsWith(`${callbackUrls.success}${name === 'query' ? '&' : '?'}`),
      ).toBe(true)
      expect(redirects.exit.url.startsWith(callbackUrls.exit)).toBe(true)
      expect(redirects.error.url.startsWith(callbackUrls.event)).toBe(true)
    })

    it('decideHostedNavigation: every page before the deep link loads, the deep link is the outcome', () => {
      for (const { navigations } of Object.values(redirects)) {
        expect(navigations.length).toBeGreaterThan(1)
        expect(navigations.slice(0, -1).map((url) => decide(url).action)).toEqual(
          navigations.slice(0, -1).map(() => 'load'),
        )
      }
      expect(decide(redirects.success.url)).toEqual({
        action: 'redirect',
        outcome: {
          type: 'success',
          link: expect.stringMatching(UUID),
          institution: 'erebor_br_retail',
        },
      })
      expect(decide(redirects.exit.url)).toEqual({
        action: 'redirect',
        outcome: { type: 'exit', metaData: { step: 'abandon-survey' } },
      })
      expect(decide(redirects.error.url)).toEqual({
        action: 'redirect',
        outcome: {
          type: 'error',
          code: 'ACCESS_TOKEN_NOT_VALID',
          message: 'The access token was not provided or is not valid',
        },
      })
      expect(decide(redirects.warning.url)).toEqual({
        action: 'redirect',
        outcome: {
          type: 'warning',
          code: 'institution_disabled',
          message: 'The institution is temporarily unavailable.',
        },
      })
    })

    // The webview asks about each navigation the page made, in order.
    async function run(kind: keyof CapturedRedirects) {
      const callbacks = {
        onSuccess: jest.fn(),
        onExit: jest.fn(),
        onEvent: jest.fn(),
        onError: jest.fn(),
      }
      jest.mocked(Linking.openURL).mockClear()
      render(
        <BelvoHostedWidget
          token="captured"
          widgetUrl={widgetUrl}
          callbackUrls={callbackUrls}
          {...callbacks}
        />,
      )
      await waitFor(() => nativeWebView(), { timeout: 5000 })
      const answers: boolean[] = []
      for (const url of redirects[kind].navigations) answers.push(await loadRequest(url))
      // A flow that ended takes the webview away; one that goes on (a warning) may be asked about
      // the same deep link again, which reports nothing new.
      const open = screen.UNSAFE_root.findAllByType('RNCWebView' as never).length > 0
      if (open) answers.push(await loadRequest(redirects[kind].url))
      await act(async () => {})
      expect(Linking.openURL).not.toHaveBeenCalled()
      return { answers, open, ...callbacks }
    }

    it('<BelvoHostedWidget> links an account: the pages load, the success redirect does not, onSuccess once with a link the emulator holds', async () => {
      const { answers, open, onSuccess, onExit, onError } = await run('success')
      expect(answers).toEqual([...answers.slice(0, -1).map(() => true), false])
      expect(open).toBe(false)
      expect(onSuccess).toHaveBeenCalledTimes(1)
      const [link, institution] = onSuccess.mock.calls[0] as [string, string]
      expect(captured.links).toContainEqual({ id: link, institution })
      expect(institution).toBe('erebor_br_retail')
      expect(onExit).not.toHaveBeenCalled()
      expect(onError).not.toHaveBeenCalled()
    })

    it('<BelvoHostedWidget> exit: onExit once with the step', async () => {
      const { answers, open, onExit } = await run('exit')
      expect(answers).toEqual([...answers.slice(0, -1).map(() => true), false])
      expect(open).toBe(false)
      expect(onExit).toHaveBeenCalledTimes(1)
      expect(onExit).toHaveBeenCalledWith({ meta_data: { step: 'abandon-survey' } })
    })

    it('<BelvoHostedWidget> spent token: onEvent and onError once each', async () => {
      const { answers, open, onEvent, onError } = await run('error')
      expect(answers).toEqual([...answers.slice(0, -1).map(() => true), false])
      expect(open).toBe(false)
      expect(onEvent).toHaveBeenCalledTimes(1)
      expect(onError).toHaveBeenCalledTimes(1)
      expect(onError.mock.calls[0]![0]).toMatchObject({ code: 'widget_failed' })
    })

    it('<BelvoHostedWidget> warning: onEvent once, the widget stays open', async () => {
      const { answers, open, onEvent, onExit } = await run('warning')
      expect(answers).toEqual([...answers.slice(0, -2).map(() => true), false, false])
      expect(open).toBe(true)
      expect(onEvent).toHaveBeenCalledTimes(1)
      expect(onEvent).toHaveBeenCalledWith({
        type: 'warning',
        code: 'institution_disabled',
        message: 'The institution is temporarily unavailable.',
      })
      expect(onExit).not.toHaveBeenCalled()
    })
  },
)
