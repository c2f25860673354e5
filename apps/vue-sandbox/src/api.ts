import { demoServerClient } from '@belvo-widget/sandbox-kit'

export type { Account } from '@belvo-widget/sandbox-kit'

// The two addresses come from build-time env, with the `pnpm dev` defaults.
export const DEMO_SERVER_URL = import.meta.env.VITE_DEMO_SERVER_URL ?? 'http://127.0.0.1:5101'
export const BELVO_SDK_SRC =
  import.meta.env.VITE_BELVO_SDK_SRC ?? 'http://127.0.0.1:5100/belvo-widget-1-stable.js'

/** "Your server": mints widget tokens with the secret keys and reads a link's accounts. */
export const { fetchWidgetToken, fetchAccounts } = demoServerClient(DEMO_SERVER_URL)
