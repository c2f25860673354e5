import { cnpj, cpf } from 'cpf-cnpj-validator'

/**
 * Whether `value` is a Brazilian CPF with matching check digits, as 11 digits or
 * formatted `000.000.000-00`. Repeated digits (`111.111.111-11`) are rejected.
 *
 * @example
 * ```ts
 * isValidCpf('761.092.776-73') // true
 * isValidCpf('76109277674')    // false: wrong check digit
 * ```
 */
export function isValidCpf(value: unknown): boolean {
  return typeof value === 'string' && cpf.isValid(value, true)
}

/**
 * Whether `value` is a Brazilian CNPJ with matching check digits, as 14 characters or
 * formatted `00.000.000/0000-00`. Accepts the alphanumeric CNPJ issued since July 2026
 * (`12.ABC.345/01DE-35`).
 *
 * @example
 * ```ts
 * isValidCnpj('11.222.333/0001-81') // true
 * isValidCnpj('12ABC34501DE35')     // true
 * isValidCnpj('11222333000182')     // false: wrong check digit
 * ```
 */
export function isValidCnpj(value: unknown): boolean {
  return typeof value === 'string' && cnpj.isValid(value, true)
}
