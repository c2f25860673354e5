import { listSandboxInstitutions, type SandboxInstitution } from '../sandbox/institutions.ts'
import type { FilterField } from './query.ts'

/** An institution as `GET /api/institutions/` lists it (Belvo's fields). */
export interface ApiInstitution {
  id: number
  name: string
  type: 'bank' | 'fiscal'
  website: string | null
  display_name: string
  country_codes: string[]
  primary_color: string
  logo: string | null
  icon_logo: string | null
  text_logo: string | null
  form_fields: Array<{
    name: string
    type: string
    label: string
    validation: string
    placeholder: string
    validation_message: string
  }>
  features: Array<{ name: string; description: string }>
  resources: string[]
  integration_type: 'credentials'
  status: 'healthy' | 'down'
}

const USERNAME_LABEL = {
  username: 'Client number',
  rfc: 'RFC',
  cpf: 'CPF',
  document: 'Document number',
} as const

const COLORS = ['#056dae', '#3c1a5b', '#d40000', '#00853f'] as const

function toApi(institution: SandboxInstitution, index: number): ApiInstitution {
  return {
    id: index + 1,
    name: institution.code,
    type: institution.category,
    website: null,
    display_name: institution.displayName,
    country_codes: [institution.country],
    primary_color: COLORS[index % COLORS.length]!,
    logo: null,
    icon_logo: null,
    text_logo: null,
    form_fields: [
      {
        name: 'username',
        type: 'text',
        label: USERNAME_LABEL[institution.usernameKind],
        validation: '^.{1,}$',
        placeholder: USERNAME_LABEL[institution.usernameKind],
        validation_message: `Invalid ${USERNAME_LABEL[institution.usernameKind].toLowerCase()}`,
      },
      {
        name: 'password',
        type: 'password',
        label: 'Password',
        validation: '^.{1,}$',
        placeholder: 'Password',
        validation_message: 'Invalid password',
      },
    ],
    // Every sandbox institution accepts the MFA credentials.
    features: [
      {
        name: 'token_required',
        description: 'A MFA token is required by the institution to login',
      },
    ],
    resources: [...institution.resources],
    integration_type: 'credentials',
    // Belvo lists `healthy` or `down`; a disabled sandbox institution shows as down.
    status: institution.status === 'healthy' ? 'healthy' : 'down',
  }
}

/** The sandbox institutions in Belvo's API shape, ids counting from 1 in table order. */
export const apiInstitutions = (): ApiInstitution[] => listSandboxInstitutions().map(toApi)

/** Filters Belvo documents for `GET /api/institutions/`. */
export const INSTITUTION_FILTERS: Record<string, FilterField<ApiInstitution>> = {
  id: { get: (i) => i.id, kind: 'text' },
  name: { get: (i) => i.name, kind: 'text' },
  type: { get: (i) => i.type, kind: 'text' },
  status: { get: (i) => i.status, kind: 'text' },
  website: { get: (i) => i.website, kind: 'text' },
  country_code: { get: (i) => i.country_codes, kind: 'text' },
  display_name: { get: (i) => i.display_name, kind: 'contains' },
  resources: { get: (i) => i.resources, kind: 'all' },
}
