/** Countries the multi-region widget serves. */
export type CountryCode = 'MX' | 'CO' | 'BR'

/** Institution types the widget can filter on (`institution_types`). */
export type InstitutionType = 'retail' | 'business' | 'fiscal' | 'gig' | 'employment'

/** A demo institution the emulator lists in its widget. */
export interface SandboxInstitution {
  /** Belvo's institution code, the value `callback` and `meta_data.institution_name` carry. */
  readonly code: string
  /** The name a person sees in the list. */
  readonly displayName: string
  readonly country: CountryCode
  readonly type: InstitutionType
  /** Belvo's `institution.type` in data API objects. */
  readonly category: 'bank' | 'fiscal'
  /** Resources it can return; the widget's `resources` filter keeps institutions that have all. */
  readonly resources: readonly string[]
  /**
   * `healthy` works; `down` answers every login with `institution_down`;
   * `disabled` shows in the list and raises the `institution_disabled` warning when chosen.
   */
  readonly status: 'healthy' | 'down' | 'disabled'
  /** Labels of the two login fields, by locale-neutral key. */
  readonly usernameKind: 'username' | 'rfc' | 'cpf' | 'document'
}

const BANKING = ['ACCOUNTS', 'TRANSACTIONS', 'OWNERS', 'BALANCES'] as const
const FISCAL_MX = [
  'INVOICES',
  'TAX_RETURNS',
  'TAX_STATUS',
  'TAX_COMPLIANCE_STATUS',
  'TAX_RETENTIONS',
] as const
const FISCAL_CO = ['INVOICES', 'TAX_DECLARATIONS', 'TAX_STATUS'] as const

/**
 * The demo institutions, keyed by code. Any healthy institution accepts every entry of
 * `SANDBOX_CREDENTIALS`; `mordor_mx_retail` is down and `moria_co_retail` is disabled.
 *
 * @example
 * ```ts
 * import { SANDBOX_INSTITUTIONS } from '@belvo-widget/emulator/testing'
 * await emulator.user.chooseInstitution(SANDBOX_INSTITUTIONS.erebor_mx_retail.code)
 * ```
 */
export const SANDBOX_INSTITUTIONS = {
  erebor_mx_retail: {
    code: 'erebor_mx_retail',
    displayName: 'Erebor México',
    country: 'MX',
    type: 'retail',
    category: 'bank',
    resources: BANKING,
    status: 'healthy',
    usernameKind: 'username',
  },
  gotham_mx_business: {
    code: 'gotham_mx_business',
    displayName: 'Gotham Empresas MX',
    country: 'MX',
    type: 'business',
    category: 'bank',
    resources: BANKING,
    status: 'healthy',
    usernameKind: 'username',
  },
  sat_mx_fiscal: {
    code: 'sat_mx_fiscal',
    displayName: 'SAT (demo)',
    country: 'MX',
    type: 'fiscal',
    category: 'fiscal',
    resources: FISCAL_MX,
    status: 'healthy',
    usernameKind: 'rfc',
  },
  mordor_mx_retail: {
    code: 'mordor_mx_retail',
    displayName: 'Mordor Banco MX',
    country: 'MX',
    type: 'retail',
    category: 'bank',
    resources: BANKING,
    status: 'down',
    usernameKind: 'username',
  },
  erebor_co_retail: {
    code: 'erebor_co_retail',
    displayName: 'Erebor Colombia',
    country: 'CO',
    type: 'retail',
    category: 'bank',
    resources: BANKING,
    status: 'healthy',
    usernameKind: 'document',
  },
  gotham_co_business: {
    code: 'gotham_co_business',
    displayName: 'Gotham Empresas CO',
    country: 'CO',
    type: 'business',
    category: 'bank',
    resources: BANKING,
    status: 'healthy',
    usernameKind: 'document',
  },
  dian_co_fiscal: {
    code: 'dian_co_fiscal',
    displayName: 'DIAN (demo)',
    country: 'CO',
    type: 'fiscal',
    category: 'fiscal',
    resources: FISCAL_CO,
    status: 'healthy',
    usernameKind: 'document',
  },
  moria_co_retail: {
    code: 'moria_co_retail',
    displayName: 'Moria Banco CO',
    country: 'CO',
    type: 'retail',
    category: 'bank',
    resources: BANKING,
    status: 'disabled',
    usernameKind: 'document',
  },
  erebor_br_retail: {
    code: 'erebor_br_retail',
    displayName: 'Erebor Brasil',
    country: 'BR',
    type: 'retail',
    category: 'bank',
    resources: [...BANKING, 'BILLS'],
    status: 'healthy',
    usernameKind: 'cpf',
  },
  gotham_br_business: {
    code: 'gotham_br_business',
    displayName: 'Gotham Empresas BR',
    country: 'BR',
    type: 'business',
    category: 'bank',
    resources: [...BANKING, 'BILLS'],
    status: 'healthy',
    usernameKind: 'cpf',
  },
} as const satisfies Record<string, SandboxInstitution>

/** Code of a demo institution. */
export type SandboxInstitutionCode = keyof typeof SANDBOX_INSTITUTIONS

/** All demo institutions in display order (by country, then as listed above). */
export function listSandboxInstitutions(): SandboxInstitution[] {
  return Object.values(SANDBOX_INSTITUTIONS)
}

/** The institution with that code, or `undefined`. */
export function findSandboxInstitution(code: string): SandboxInstitution | undefined {
  return Object.hasOwn(SANDBOX_INSTITUTIONS, code)
    ? SANDBOX_INSTITUTIONS[code as SandboxInstitutionCode]
    : undefined
}
