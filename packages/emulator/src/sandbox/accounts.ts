import { findSandboxInstitution } from './institutions.ts'
import { hash, random, uuidFrom } from './random.ts'

/** A link the emulator created, as `GET /api/links/{id}/` returns it (Belvo's shape). */
export interface SandboxLink {
  id: string
  institution: string
  access_mode: 'single' | 'recurrent'
  /** `unconfirmed` while a registration waits for its MFA token. */
  status: 'valid' | 'unconfirmed'
  created_at: string
  last_accessed_at: string
  external_id: string | null
  institution_user_id: string
  created_by: string
  refresh_rate: string | null
  credentials_storage: string
  stale_in: string
  fetch_resources: string[]
}

/** An account object in Belvo's shape, as `POST /api/accounts/` returns it. */
export interface SandboxAccount {
  id: string
  link: string
  institution: { name: string; type: 'bank' | 'fiscal' }
  collected_at: string
  created_at: string
  last_accessed_at: string
  category: 'CHECKING_ACCOUNT' | 'SAVINGS_ACCOUNT' | 'CREDIT_CARD'
  balance_type: 'ASSET' | 'LIABILITY'
  type: string
  name: string
  number: string
  agency: string | null
  bank_product_id: string
  internal_identification: string
  public_identification_name: string
  public_identification_value: string
  balance: { current: number; available: number }
  currency: 'MXN' | 'COP' | 'BRL'
  credit_data: {
    credit_limit: number
    cutting_date: string | null
    next_payment_date: string | null
    minimum_payment: number | null
  } | null
  loan_data: null
  funds_data: null
  receivables_data: null
}

/** Each country's currency. */
export const CURRENCY = { MX: 'MXN', CO: 'COP', BR: 'BRL' } as const
/** Money amounts are drawn in MXN and scaled to the country's currency. */
export const SCALE = { MX: 1, CO: 200, BR: 0.3 } as const

/**
 * The accounts of a link: the same link always gives the same accounts (ids, numbers and
 * balances derive from the link id). Fiscal institutions hold no accounts and give `[]`.
 */
export function accountsForLink(link: SandboxLink): SandboxAccount[] {
  const institution = findSandboxInstitution(link.institution)
  if (institution?.category !== 'bank') return []
  const next = random(hash(link.id))
  const money = (max: number) => Math.round(next() * max * SCALE[institution.country] * 100) / 100
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join('')
  const base = {
    link: link.id,
    institution: { name: institution.code, type: 'bank' as const },
    collected_at: link.last_accessed_at,
    created_at: link.created_at,
    last_accessed_at: link.last_accessed_at,
    currency: CURRENCY[institution.country],
    agency: institution.country === 'BR' ? digits(4) : null,
    loan_data: null,
    funds_data: null,
    receivables_data: null,
  }
  const checkingCurrent = money(50_000)
  const savingsCurrent = money(200_000)
  const cardLimit = Math.round(money(80_000) / 1000) * 1000 + 10_000
  const cardUsed = money(cardLimit / SCALE[institution.country])
  const checkingNumber = digits(10)
  return [
    {
      id: uuidFrom(next),
      ...base,
      category: 'CHECKING_ACCOUNT',
      balance_type: 'ASSET',
      type: 'Cuentas de efectivo',
      name: 'Cuenta Perfiles',
      number: checkingNumber,
      bank_product_id: '1',
      internal_identification: digits(6),
      public_identification_name: institution.country === 'MX' ? 'CLABE' : 'ACCOUNT_NUMBER',
      public_identification_value: checkingNumber,
      balance: { current: checkingCurrent, available: checkingCurrent },
      credit_data: null,
    },
    {
      id: uuidFrom(next),
      ...base,
      category: 'SAVINGS_ACCOUNT',
      balance_type: 'ASSET',
      type: 'Ahorro',
      name: 'Cuenta de Ahorro',
      number: digits(10),
      bank_product_id: '2',
      internal_identification: digits(6),
      public_identification_name: 'ACCOUNT_NUMBER',
      public_identification_value: digits(10),
      balance: { current: savingsCurrent, available: savingsCurrent },
      credit_data: null,
    },
    {
      id: uuidFrom(next),
      ...base,
      category: 'CREDIT_CARD',
      balance_type: 'LIABILITY',
      type: 'Tarjetas de crédito',
      name: 'Tarjeta Oro',
      number: `************${digits(4)}`,
      bank_product_id: '3',
      internal_identification: digits(6),
      public_identification_name: 'CARD_NUMBER',
      public_identification_value: `************${digits(4)}`,
      balance: { current: cardUsed, available: Math.round((cardLimit - cardUsed) * 100) / 100 },
      credit_data: {
        credit_limit: cardLimit,
        cutting_date: null,
        next_payment_date: null,
        minimum_payment: Math.round(cardUsed * 5) / 100,
      },
    },
  ]
}
