import type { SandboxAccount, SandboxLink } from '../sandbox/accounts.ts'
import type { SandboxOwner } from '../sandbox/owners.ts'
import type { SandboxBalance, SandboxTransaction } from '../sandbox/transactions.ts'
import type { DataResource } from '../server/link-store.ts'
import type { FilterField } from './query.ts'

// The query filters each list endpoint takes, as Belvo documents them.

const text = <T>(get: (item: T) => unknown): FilterField<T> => ({ get, kind: 'text' })
const range = <T>(get: (item: T) => unknown): FilterField<T> => ({ get, kind: 'range' })

export const LINK_FILTERS: Record<string, FilterField<SandboxLink>> = {
  id: text((l) => l.id),
  institution: text((l) => l.institution),
  access_mode: text((l) => l.access_mode),
  status: text((l) => l.status),
  external_id: text((l) => l.external_id),
  institution_user_id: text((l) => l.institution_user_id),
  refresh_rate: text((l) => l.refresh_rate),
  created_by: text((l) => l.created_by),
  created_at: range((l) => l.created_at),
}

export const DATA_FILTERS: { [R in DataResource]: Record<string, FilterField<never>> } = {
  ACCOUNTS: {
    id: text((a: SandboxAccount) => a.id),
    link: text((a: SandboxAccount) => a.link),
    institution: text((a: SandboxAccount) => a.institution.name),
    category: text((a: SandboxAccount) => a.category),
    currency: text((a: SandboxAccount) => a.currency),
    type: text((a: SandboxAccount) => a.type),
    name: text((a: SandboxAccount) => a.name),
    number: text((a: SandboxAccount) => a.number),
    created_at: range((a: SandboxAccount) => a.created_at),
  },
  OWNERS: {
    id: text((o: SandboxOwner) => o.id),
    link: text((o: SandboxOwner) => o.link),
    created_at: range((o: SandboxOwner) => o.created_at),
  },
  TRANSACTIONS: {
    id: text((t: SandboxTransaction) => t.id),
    link: text((t: SandboxTransaction) => t.account.link),
    account: text((t: SandboxTransaction) => t.account.id),
    institution: text((t: SandboxTransaction) => t.account.institution.name),
    type: text((t: SandboxTransaction) => t.type),
    status: text((t: SandboxTransaction) => t.status),
    currency: text((t: SandboxTransaction) => t.currency),
    reference: text((t: SandboxTransaction) => t.reference),
    value_date: range((t: SandboxTransaction) => t.value_date),
    accounting_date: range((t: SandboxTransaction) => t.accounting_date),
    amount: range((t: SandboxTransaction) => t.amount),
    created_at: range((t: SandboxTransaction) => t.created_at),
  },
  BALANCES: {
    id: text((b: SandboxBalance) => b.id),
    link: text((b: SandboxBalance) => b.account.link),
    account: text((b: SandboxBalance) => b.account.id),
    value_date: range((b: SandboxBalance) => b.value_date),
  },
}
