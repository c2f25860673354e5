import {
  buildHostedWidgetUrl,
  decideHostedNavigation,
  type HostedCallbackUrls,
  type HostedNavigationDecision,
} from '@belvo-widget/core/hosted'
import {
  buildDeepLink,
  type DeepLinkKind,
  type InstalledEmulator,
  SANDBOX_CREDENTIALS,
  SANDBOX_INSTITUTIONS,
} from '@belvo-widget/emulator/testing'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, fn, waitFor, within } from 'storybook/test'
import { useBelvoWidget } from './useBelvoWidget.ts'

interface HostedWidgetOnAPhoneProps {
  token: () => string
  callbackUrls: Required<HostedCallbackUrls>
  onSuccess: (link: string, institution: string) => void
}

/**
 * Belvo's hosted widget as a phone's webview shows it: the page the app opens, the widget on
 * the whole screen, and, when it ends, the deep link the page sends (built as the emulator's
 * hosted page builds it) with the answer `decideHostedNavigation` gives the webview.
 */
function HostedWidgetOnAPhone({ token, callbackUrls, onSuccess }: HostedWidgetOnAPhoneProps) {
  const [page, setPage] = useState<string>()
  const [redirect, setRedirect] = useState<{ url: string; decision: HostedNavigationDecision }>()
  const send = (kind: DeepLinkKind, values: Record<string, string | undefined>) => {
    const deepLink = buildDeepLink(kind, callbackUrls, values)
    if (!deepLink.ok) return
    setRedirect({
      url: deepLink.url,
      decision: decideHostedNavigation(deepLink.url, { callbackUrls }),
    })
  }
  const widget = useBelvoWidget({
    token,
    locale: 'pt',
    country_codes: ['BR'],
    onSuccess: (link, institution) => {
      onSuccess(link, institution)
      send('success', { link, institution })
    },
    onExit: (data) =>
      send('exit', {
        last_encountered_error_code: data.last_encountered_error?.code,
        last_encountered_error_message: data.last_encountered_error?.message,
        meta_data_institution_name: data.meta_data?.institution_name,
        meta_data_step: data.meta_data?.step,
      }),
  })
  const open = () => {
    setPage(
      buildHostedWidgetUrl({
        access_token: '…',
        locale: 'pt',
        mode: 'webapp',
        country_codes: ['BR'],
      }),
    )
    widget.open()
  }
  return (
    <div style={{ fontFamily: 'system-ui, sans-serif', display: 'grid', gap: 8 }}>
      <button type="button" onClick={open}>
        Conectar conta
      </button>
      {page && (
        <p>
          The webview opens <code style={{ wordBreak: 'break-all' }}>{page}</code>
        </p>
      )}
      {redirect && (
        <p role="status">
          The page sends <code style={{ wordBreak: 'break-all' }}>{redirect.url}</code>: the webview
          answers <strong>{redirect.decision.action}</strong>
          {redirect.decision.action === 'redirect' && (
            <>
              {' '}
              (<code>{JSON.stringify(redirect.decision.outcome)}</code>)
            </>
          )}
        </p>
      )}
    </div>
  )
}

/**
 * The hosted widget (`@belvo-widget/core/hosted`) in a phone's viewport: Belvo's page in a
 * webview, and how each deep link it sends is decided.
 */
const meta = {
  title: 'React/Hosted widget on a phone',
  component: HostedWidgetOnAPhone,
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  args: {
    callbackUrls: { success: 'myapp://success', exit: 'myapp://exit', event: 'myapp://error' },
    onSuccess: fn(),
    token: () => '',
  },
  render: (args, { loaded }) => {
    const belvo = loaded.belvo as InstalledEmulator
    return <HostedWidgetOnAPhone {...args} token={() => belvo.createToken()} />
  },
} satisfies Meta<typeof HostedWidgetOnAPhone>

export default meta
type Story = StoryObj<typeof meta>

/** Linking an account ends in `myapp://success?link=…`, which the webview must not load. */
export const LinkAnAccount: Story = {
  play: async ({ canvasElement, args, loaded, userEvent }) => {
    const belvo = loaded.belvo as InstalledEmulator
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Conectar conta' }))
    await canvas.findByText(/mode=webapp/)
    await belvo.user.chooseInstitution(SANDBOX_INSTITUTIONS.erebor_br_retail.code)
    const { username, password } = SANDBOX_CREDENTIALS.success
    await belvo.user.login(username, password)
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1))
    const [link] = (args.onSuccess as ReturnType<typeof fn>).mock.calls[0] as [string]
    const status = await canvas.findByRole('status')
    await expect(status).toHaveTextContent(
      `myapp://success?link=${link}&institution=erebor_br_retail`,
    )
    await expect(status).toHaveTextContent(
      `answers redirect ({"type":"success","link":"${link}","institution":"erebor_br_retail"})`,
    )
  },
}
