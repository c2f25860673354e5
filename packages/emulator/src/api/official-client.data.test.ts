// Belvo's official Node client (npm `belvo`) against the emulator: accounts, owners,
// transactions and balances.
import { describe, expect, it } from 'vitest'
import { client, connectAroundFile, daysAgo, success, today } from './official-client.fixture.ts'

connectAroundFile()

describe("Belvo's official Node client against the emulator", () => {
  it('accounts, owners, transactions and balances: retrieve, list and detail', async () => {
    const link = await client.links.register(
      'erebor_mx_retail',
      success.username,
      success.password,
      {
        accessMode: 'single',
      },
    )
    // A single link without fetch_resources has nothing saved until it is retrieved.
    expect(await client.accounts.list({ filters: { link: link.id } })).toEqual([])

    const accounts = await client.accounts.retrieve(link.id)
    expect(accounts).toHaveLength(3)
    expect(accounts[0]).toMatchObject({
      link: link.id,
      currency: 'MXN',
      balance: { current: expect.any(Number) },
    })
    expect(await client.accounts.retrieve(link.id, { saveData: false })).toEqual(accounts)
    expect(await client.accounts.list({ filters: { link: link.id } })).toEqual(accounts)
    expect(await client.accounts.detail(accounts[0]!.id)).toEqual(accounts[0])

    const owners = await client.owners.retrieve(link.id)
    expect(owners).toEqual([
      expect.objectContaining({
        link: link.id,
        display_name: expect.any(String),
        document_id: expect.objectContaining({ document_type: 'CURP' }),
      }),
    ])
    expect(await client.owners.list({ filters: { link: link.id } })).toEqual(owners)
    expect(await client.owners.detail(owners[0]!.id)).toEqual(owners[0])

    const from = daysAgo(200)
    const transactions = await client.transactions.retrieve(link.id, from)
    // More than one page of 100, so listing them exercises `next`.
    expect(transactions.length).toBeGreaterThan(100)
    for (const t of transactions) {
      expect(t.value_date >= from && t.value_date <= today).toBe(true)
      expect(t).toMatchObject({
        account: expect.objectContaining({ link: link.id }),
        amount: expect.any(Number),
        type: expect.stringMatching(/^(INFLOW|OUTFLOW)$/),
        status: 'PROCESSED',
        currency: 'MXN',
      })
    }
    // The last transaction of each account leaves its current balance.
    for (const account of accounts) {
      const own = transactions.filter((t) => t.account.id === account.id)
      if (own.length) expect(own.at(-1)!.balance).toBe(account.balance.current)
    }
    expect(await client.transactions.retrieve(link.id, from, { dateTo: today })).toEqual(
      transactions,
    )
    // The client follows `next` until its limit.
    const listed = await client.transactions.list({ limit: 1000, filters: { link: link.id } })
    expect(listed).toEqual(transactions)
    expect(await client.transactions.list({ filters: { link: link.id } })).toHaveLength(
      Math.min(100, transactions.length),
    )
    expect(await client.transactions.detail(transactions[5]!.id)).toEqual(transactions[5])

    const checking = accounts[0]!.id
    const balances = await client.balances.retrieve(link.id, daysAgo(6), { account: checking })
    expect(balances).toHaveLength(7)
    expect(balances.at(-1)).toMatchObject({
      account: { id: checking },
      value_date: today,
      balance: accounts[0]!.balance.current,
    })
    expect(await client.balances.list({ filters: { link: link.id } })).toEqual(balances)
    expect(await client.balances.detail(balances[0]!.id)).toEqual(balances[0])
  })

  it('a list longer than the largest page: the client follows `next`', async () => {
    const link = await client.links.register('erebor_mx_retail', success.username, success.password)
    // A year of daily balances for three accounts: more than 1000.
    const year = await client.balances.retrieve(link.id, daysAgo(364))
    expect(year.length).toBeGreaterThan(1000)
    // Asking for 1500 sets page_size=1500; pages stop at 1000, so the rest comes from `next`.
    const listed = await client.balances.list({ limit: 1500, filters: { link: link.id } })
    expect(listed).toEqual(year)
  })

  it('the same link always gives the same data', async () => {
    const link = await client.links.register('erebor_br_retail', success.username, success.password)
    const first = await client.transactions.retrieve(link.id, daysAgo(30), { saveData: false })
    const again = await client.transactions.retrieve(link.id, daysAgo(30), { saveData: false })
    expect(again).toEqual(first)
    expect(first[0]).toMatchObject({ currency: 'BRL' })
  })
})
