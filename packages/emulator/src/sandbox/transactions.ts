import { accountsForLink, type SandboxAccount, type SandboxLink, SCALE } from './accounts.ts'
import { findSandboxInstitution } from './institutions.ts'
import { digitsFrom, hash, random, uuidFrom } from './random.ts'

/** A transaction in Belvo's shape, as `POST /api/transactions/` returns it. */
export interface SandboxTransaction {
  id: string
  account: SandboxAccount
  collected_at: string
  created_at: string
  /** `YYYY-MM-DD`. */
  value_date: string
  accounting_date: string
  /** Always positive; `type` gives the direction. */
  amount: number
  /** The account's balance after this transaction. */
  balance: number
  currency: string
  description: string
  observations: string | null
  merchant: { logo: string | null; website: string | null; merchant_name: string } | null
  category: string | null
  subcategory: string | null
  reference: string
  type: 'INFLOW' | 'OUTFLOW'
  status: 'PROCESSED'
  internal_identification: string
  credit_card_data: null
}

/** How many days of history a link holds, ending on the day it was created. */
export const HISTORY_DAYS = 365

const MERCHANTS = [
  { name: 'OXXO', website: 'https://www.oxxo.com', category: 'Food & Groceries', max: 400 },
  { name: 'Walmart', website: 'https://www.walmart.com', category: 'Food & Groceries', max: 2500 },
  { name: 'Uber', website: 'https://www.uber.com', category: 'Transport & Travel', max: 350 },
  { name: 'Rappi', website: 'https://www.rappi.com', category: 'Food & Groceries', max: 600 },
  {
    name: 'Netflix',
    website: 'https://www.netflix.com',
    category: 'Online Platforms & Leisure',
    max: 300,
  },
  {
    name: 'Spotify',
    website: 'https://www.spotify.com',
    category: 'Online Platforms & Leisure',
    max: 200,
  },
  { name: 'Amazon', website: 'https://www.amazon.com', category: 'Personal Shopping', max: 3000 },
  { name: 'Farmacia', website: null, category: 'Home & Life', max: 900 },
] as const

const SALARY = { MX: 'NOMINA', CO: 'PAGO NOMINA', BR: 'SALARIO' } as const

/** `YYYY-MM-DD` of a date in UTC. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10)

const addDays = (day: string, n: number): string =>
  isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000))

const round = (n: number) => Math.round(n * 100) / 100

interface Movement {
  day: string
  amount: number
  type: 'INFLOW' | 'OUTFLOW'
  description: string
  merchant: (typeof MERCHANTS)[number] | null
  category: string
}

// One account's movements over the history window, oldest first.
function movementsFor(
  account: SandboxAccount,
  days: string[],
  next: () => number,
  country: keyof typeof SALARY,
) {
  const scale = SCALE[country]
  const out: Movement[] = []
  const purchase = (day: string, chance: number) => {
    if (next() >= chance) return
    const merchant = MERCHANTS[Math.floor(next() * MERCHANTS.length)]!
    out.push({
      day,
      amount: round((20 + next() * merchant.max) * scale),
      type: 'OUTFLOW',
      description: merchant.name.toUpperCase(),
      merchant,
      category: merchant.category,
    })
  }
  for (const day of days) {
    const dayOfMonth = Number(day.slice(8, 10))
    if (account.category === 'CHECKING_ACCOUNT') {
      if (dayOfMonth === 1 || dayOfMonth === 15) {
        out.push({
          day,
          amount: round(6000 * scale),
          type: 'INFLOW',
          description: SALARY[country],
          merchant: null,
          category: 'Income & Payments',
        })
      }
      purchase(day, 0.45)
    } else if (account.category === 'SAVINGS_ACCOUNT') {
      if (dayOfMonth === 2) {
        out.push({
          day,
          amount: round(2000 * scale),
          type: 'INFLOW',
          description: 'TRANSFERENCIA A AHORRO',
          merchant: null,
          category: 'Investments & Savings',
        })
      }
      if (dayOfMonth === 28) {
        out.push({
          day,
          amount: round((20 + next() * 80) * scale),
          type: 'INFLOW',
          description: 'RENDIMIENTOS',
          merchant: null,
          category: 'Investments & Savings',
        })
      }
    } else {
      purchase(day, 0.3)
      if (dayOfMonth === 20) {
        out.push({
          day,
          amount: round(4000 * scale),
          type: 'INFLOW',
          description: 'PAGO TARJETA',
          merchant: null,
          category: 'Credits & Loans',
        })
      }
    }
  }
  return out
}

const cache = new WeakMap<SandboxLink, SandboxTransaction[]>()

/**
 * The link's transaction history, oldest first: {@link HISTORY_DAYS} days ending the day the
 * link was created, for every account of {@link accountsForLink}. Deterministic per link;
 * each transaction's `balance` runs back from the account's current balance, so the last one
 * matches the account. Fiscal links give `[]`.
 */
export function transactionsForLink(link: SandboxLink): SandboxTransaction[] {
  const cached = cache.get(link)
  if (cached) return cached
  const institution = findSandboxInstitution(link.institution)
  const accounts = accountsForLink(link)
  const last = link.created_at.slice(0, 10)
  const days = Array.from({ length: HISTORY_DAYS }, (_, i) => addDays(last, i - HISTORY_DAYS + 1))
  const all: SandboxTransaction[] = []
  for (const account of accounts) {
    const next = random(hash(`${link.id}/${account.id}`))
    const moves = movementsFor(account, days, next, institution!.country)
    // Belvo shows a liability's balance as what is owed: purchases raise it, payments lower it.
    const liability = account.balance_type === 'LIABILITY'
    let after = account.balance.current
    const balances: number[] = []
    for (let i = moves.length - 1; i >= 0; i--) {
      balances[i] = round(after)
      const move = moves[i]!
      const raises = (move.type === 'INFLOW') !== liability
      after -= raises ? move.amount : -move.amount
    }
    moves.forEach((move, i) => {
      all.push({
        id: uuidFrom(next),
        account,
        collected_at: link.last_accessed_at,
        created_at: link.created_at,
        value_date: move.day,
        accounting_date: `${move.day}T12:00:00.000Z`,
        amount: move.amount,
        balance: balances[i]!,
        currency: account.currency,
        description: move.description,
        observations: null,
        merchant: move.merchant
          ? { logo: null, website: move.merchant.website, merchant_name: move.merchant.name }
          : null,
        category: move.category,
        subcategory: null,
        reference: digitsFrom(next, 8),
        type: move.type,
        status: 'PROCESSED',
        internal_identification: digitsFrom(next, 10),
        credit_card_data: null,
      })
    })
  }
  all.sort((a, b) => a.value_date.localeCompare(b.value_date))
  cache.set(link, all)
  return all
}

/** A balance in Belvo's shape, as `POST /api/balances/` returns it. */
export interface SandboxBalance {
  id: string
  account: SandboxAccount
  /** `YYYY-MM-DD`. */
  value_date: string
  /** The account's balance at the end of `value_date`. */
  balance: number
  current_balance: number
  statement: null
  collected_at: string
}

/**
 * End-of-day balances of the link's accounts for each day from `dateFrom` to `dateTo`
 * (`YYYY-MM-DD`, both included) that falls inside the link's history; days after the link was
 * created carry the current balance. Ordered by account, then day.
 */
export function balancesForLink(
  link: SandboxLink,
  dateFrom: string,
  dateTo: string,
): SandboxBalance[] {
  const transactions = transactionsForLink(link)
  const first = addDays(link.created_at.slice(0, 10), 1 - HISTORY_DAYS)
  const today = isoDay(new Date())
  const from = dateFrom < first ? first : dateFrom
  const to = dateTo > today ? today : dateTo
  const out: SandboxBalance[] = []
  for (const account of accountsForLink(link)) {
    const own = transactions.filter((t) => t.account.id === account.id)
    // Balance before the first movement: undo it from its own balance.
    const opening = own[0]
      ? round(
          own[0].balance -
            ((own[0].type === 'INFLOW') !== (account.balance_type === 'LIABILITY')
              ? own[0].amount
              : -own[0].amount),
        )
      : account.balance.current
    let index = 0
    let balance = opening
    for (let day = first; day <= to; day = addDays(day, 1)) {
      while (index < own.length && own[index]!.value_date <= day) balance = own[index++]!.balance
      if (day < from) continue
      out.push({
        id: uuidFrom(random(hash(`${account.id}/${day}`))),
        account,
        value_date: day,
        balance,
        current_balance: balance,
        statement: null,
        collected_at: link.last_accessed_at,
      })
    }
  }
  return out
}
