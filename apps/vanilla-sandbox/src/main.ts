import { createBelvoWidget, preloadBelvoSdk } from '@belvo-widget/core'
import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/sandbox'
import { type Account, fetchAccounts, fetchWidgetToken, sdkSrc } from './api.ts'

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const button = $<HTMLButtonElement>('add-account')
const status = $('status')

const say = (text: string, isError = false) => {
  status.textContent = text
  status.className = isError ? 'error' : ''
}

const money = (amount: number, currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount)

const showAccounts = (accounts: Account[]) => {
  $('accounts').replaceChildren(
    ...accounts.map((account) => {
      const row = document.createElement('tr')
      for (const text of [
        account.name,
        account.number,
        money(account.balance.current, account.currency),
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
    $('linked').textContent = `Linked ${institution}`
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
for (const type of ['pointerenter', 'focus', 'touchstart']) {
  button.addEventListener(type, () => widget.prefetch(), { passive: true })
}

// Warm the connection to Belvo's CDN while the user reads the page.
preloadBelvoSdk({ src: sdkSrc })

const { success, mfa, invalidCredentials } = SANDBOX_CREDENTIALS
$('hint').innerHTML = `<strong>Sandbox credentials</strong> (any institution):
  <code>${success.username}</code> / <code>${success.password}</code> links an account,
  <code>${mfa.password}</code> asks for MFA code <code>${mfa.outcome.token}</code>,
  <code>${invalidCredentials.password}</code> fails to log in.`
