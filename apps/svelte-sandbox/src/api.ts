import { demoServerClient } from '@belvo-widget/sandbox-kit'

export type { Account } from '@belvo-widget/sandbox-kit'

/** "Your server": mints widget tokens with the secret keys and reads a link's accounts. */
export const { fetchWidgetToken, fetchAccounts } = demoServerClient(
  import.meta.env.VITE_DEMO_SERVER_URL ?? 'http://127.0.0.1:5101',
)

/** Belvo's SDK address: the local emulator by default, Belvo's CDN when real keys are used. */
export const sdkSrc =
  import.meta.env.VITE_BELVO_SDK_SRC ?? 'http://127.0.0.1:5100/belvo-widget-1-stable.js'
