import { describe, expect, it } from 'vitest'
import { isValidCnpj, isValidCpf } from './documents.ts'

describe('isValidCpf', () => {
  it('accepts a CPF with matching check digits, bare or formatted', () => {
    expect(isValidCpf('76109277673')).toBe(true)
    expect(isValidCpf('761.092.776-73')).toBe(true)
  })

  it('rejects wrong check digits, repeated digits, wrong length and stray characters', () => {
    expect(isValidCpf('76109277674')).toBe(false)
    expect(isValidCpf('11111111111')).toBe(false)
    expect(isValidCpf('7610927767')).toBe(false)
    expect(isValidCpf('x76109277673')).toBe(false)
    expect(isValidCpf(76109277673)).toBe(false)
  })
})

describe('isValidCnpj', () => {
  it('accepts numeric and the alphanumeric CNPJ issued since July 2026', () => {
    expect(isValidCnpj('11.222.333/0001-81')).toBe(true)
    expect(isValidCnpj('11222333000181')).toBe(true)
    expect(isValidCnpj('12ABC34501DE35')).toBe(true)
    expect(isValidCnpj('12.ABC.345/01DE-35')).toBe(true)
  })

  it('rejects wrong check digits and repeated digits', () => {
    expect(isValidCnpj('11222333000182')).toBe(false)
    expect(isValidCnpj('00000000000000')).toBe(false)
    // The sample CNPJ on Belvo's OFDA page fails its own check digits.
    expect(isValidCnpj('50685362006773')).toBe(false)
  })
})
