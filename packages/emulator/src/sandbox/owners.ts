import type { SandboxLink } from './accounts.ts'
import { findSandboxInstitution } from './institutions.ts'
import { digitsFrom, hash, random, uuidFrom } from './random.ts'

/** An owner in Belvo's shape, as `POST /api/owners/` returns it. */
export interface SandboxOwner {
  id: string
  link: string
  internal_identification: string
  collected_at: string
  created_at: string
  display_name: string
  email: string
  phone_number: string
  address: string
  document_id: { document_type: string; document_number: string }
}

const PEOPLE = [
  'Ana María Flores',
  'Carlos Hernández Ruiz',
  'Lucía Gómez',
  'João Pereira Santos',
  'Valentina Ríos',
]
const COMPANIES = ['Comercializadora del Norte', 'Servicios Andinos', 'Tecnologia Paulista']
const PLACES = {
  MX: {
    street: 'Av. Reforma',
    city: 'Ciudad de México',
    phone: '+52',
    person: 'CURP',
    company: 'RFC',
  },
  CO: { street: 'Carrera 7', city: 'Bogotá', phone: '+57', person: 'CC', company: 'NIT' },
  BR: { street: 'Rua Augusta', city: 'São Paulo', phone: '+55', person: 'CPF', company: 'CNPJ' },
} as const

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/**
 * The owner of a bank link (Belvo returns one per link): the same link always gives the same
 * person, or a company for business institutions. Fiscal links give `[]`.
 */
export function ownersForLink(link: SandboxLink): SandboxOwner[] {
  const institution = findSandboxInstitution(link.institution)
  if (institution?.category !== 'bank') return []
  const next = random(hash(`${link.id}/owner`))
  const place = PLACES[institution.country]
  const business = institution.type === 'business'
  const names = business ? COMPANIES : PEOPLE
  const name = names[Math.floor(next() * names.length)]!
  const letters = (n: number) =>
    Array.from({ length: n }, () => LETTERS[Math.floor(next() * 26)]).join('')
  const documentType = business ? place.company : place.person
  const documentNumber =
    documentType === 'CURP'
      ? `${letters(4)}${digitsFrom(next, 6)}H${letters(5)}${digitsFrom(next, 2)}`
      : documentType === 'RFC'
        ? `${letters(3)}${digitsFrom(next, 6)}${letters(3)}`
        : digitsFrom(next, documentType === 'CNPJ' ? 14 : documentType === 'CPF' ? 11 : 10)
  return [
    {
      id: uuidFrom(next),
      link: link.id,
      internal_identification: digitsFrom(next, 8),
      collected_at: link.last_accessed_at,
      created_at: link.created_at,
      display_name: name,
      email: `${name
        .split(' ')[0]!
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]/g, '')}@example.com`,
      phone_number: `${place.phone} ${digitsFrom(next, 10)}`,
      address: `${place.street} ${1 + Math.floor(next() * 900)}, ${place.city}`,
      document_id: { document_type: documentType, document_number: documentNumber },
    },
  ]
}
