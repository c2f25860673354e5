import { BELVO_INTENT_EVENTS, createBelvoWidget } from '@belvo-widget/core'
import { preloadBelvoSdk } from '@belvo-widget/core/preload'
import {
  addFavicon,
  CREDENTIAL_HINTS,
  formatMoney,
  institutionName,
  LINKING_CREDENTIALS,
} from '@belvo-widget/sandbox-kit'
import '@belvo-widget/sandbox-kit/sandbox.css'
import { type Account, fetchAccounts, fetchWidgetToken, sdkSrc } from './api.ts'

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const button = $<HTMLButtonElement>('add-account')
const status = $('status')

const say = (text: string, isError = false) => {
  status.textContent = text
  status.className = isError ? 'error' : ''
}

const showAccounts = (accounts: Account[]) => {
  $('accounts').replaceChildren(
    ...accounts.map((account) => {
      const row = document.createElement('tr')
      for (const text of [
        account.name,
        account.number,
        formatMoney(account.balance.current, account.currency),
      ]) {
        const cell = document.createElement('td')
        cell.textContent = text
        row.append(cell)
      }
      return row
    }),
  )
}

const widget = createBelvoWidget({
  src: sdkSrc,
  token: fetchWidgetToken,
  locale: 'en',
  country_codes: ['MX', 'CO', 'BR'],
  async onSuccess(link, institution) {
    $('linked').textContent = `Linked ${institutionName(institution)}`
    $('link-id').textContent = link
    $('result').hidden = false
    say('Fetching accounts…')
    try {
      showAccounts(await fetchAccounts(link))
      say('')
    } catch (error) {
      say(`Could not fetch accounts: ${(error as Error).message}`, true)
    }
  },
  onExit(data) {
    const reason = data.last_encountered_error?.message
    say(
      reason ? `You left the widget: ${reason}` : 'You left the widget before linking an account.',
    )
  },
  onEvent(event) {
    // A real app would log these with their request_id for Belvo's support.
    console.debug('[belvo]', event)
  },
  onError(error) {
    say(`The widget could not open (${error.code}): ${error.message}`, true)
  },
})

widget.subscribe(({ status }) => {
  const busy = status === 'loading'
  button.disabled = busy || status === 'open'
  button.textContent = busy ? 'Opening…' : 'Add bank account'
})

button.addEventListener('click', () => {
  say('')
  void widget.open()
})
// Pointing at or focusing the button shows intent: fetch the token and the script now, so the
// widget is on screen as the click lands (one token per 10 minutes, however often).
// BELVO_INTENT_EVENTS: pointerenter, focus, touchstart, the events every binding listens to.
for (const name of BELVO_INTENT_EVENTS) {
  button.addEventListener(name.toLowerCase(), () => widget.prefetch(), { passive: true })
}

// Warm the connection to Belvo's CDN while the user reads the page.
preloadBelvoSdk({ src: sdkSrc })

addFavicon()

// The emulator's credentials table, as every sandbox shows it.
const hint = $('hint')
const code = (text: string) => Object.assign(document.createElement('code'), { textContent: text })
const summary = document.createElement('summary')
summary.append(
  'Log in with ',
  code(LINKING_CREDENTIALS.username),
  ' / ',
  code(LINKING_CREDENTIALS.password),
  ' on any institution; other passwords:',
)
const rows = CREDENTIAL_HINTS.map(({ username, password, outcome }) => {
  const row = document.createElement('tr')
  for (const [text, isCode] of [
    [username, true],
    [password, true],
    [outcome, false],
  ] as const) {
    const cell = document.createElement('td')
    if (isCode) cell.append(code(text))
    else cell.textContent = text
    row.append(cell)
  }
  return row
})
const table = document.createElement('table')
table.append(...rows)
const details = document.createElement('details')
details.append(summary, table)
hint.replaceChildren(details)
