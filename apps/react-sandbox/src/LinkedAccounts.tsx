import { formatMoney, institutionName } from '@belvo-widget/sandbox-kit'
import { useEffect, useState } from 'react'
import { type Account, fetchAccounts } from './api.ts'

/** The new link and its accounts, read through your server. */
export function LinkedAccounts({ link, institution }: { link: string; institution: string }) {
  const [accounts, setAccounts] = useState<Account[]>()
  const [failure, setFailure] = useState<string>()

  useEffect(() => {
    const controller = new AbortController()
    setAccounts(undefined)
    setFailure(undefined)
    fetchAccounts(link, controller.signal).then(setAccounts, (error: Error) => {
      if (!controller.signal.aborted) setFailure(error.message)
    })
    return () => controller.abort()
  }, [link])

  return (
    <section aria-labelledby="linked">
      <h2 id="linked">Linked {institutionName(institution)}</h2>
      <p>
        Link id: <code>{link}</code>
      </p>
      {failure && <p role="alert">Could not load the accounts: {failure}</p>}
      {!accounts && !failure && <p>Loading accounts…</p>}
      {accounts && (
        <table>
          <caption>Accounts</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Number</th>
              <th scope="col">Balance</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <td>{account.name}</td>
                <td>{account.number}</td>
                <td>{formatMoney(account.balance.current, account.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
