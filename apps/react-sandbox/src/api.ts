import { demoServerClient } from '@belvo-widget/sandbox-kit'
import { DEMO_SERVER_URL } from './config.ts'

export type { Account } from '@belvo-widget/sandbox-kit'

/** "Your server": mints widget tokens with the secret keys and reads a link's accounts. */
export const { fetchWidgetToken, fetchAccounts } = demoServerClient(DEMO_SERVER_URL)
