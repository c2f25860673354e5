/**
 * Belvo's rule for `external_id`, the id of your user that Belvo stores with the link: at least
 * 3 characters of `A-Z a-z 0-9 _ -`, and never personal data (no email, name or document
 * number). `createBelvoWidget` (in development) and `@belvo-widget/server` check it alike.
 */
export const EXTERNAL_ID_RULE =
  'at least 3 characters of A-Z, a-z, 0-9, _ and - (and no personal data)'

/**
 * Whether `value` follows {@link EXTERNAL_ID_RULE}.
 *
 * @example
 * isValidExternalId('user_42') // true
 * isValidExternalId('a@b.com') // false: personal data and a forbidden character
 */
export const isValidExternalId = (value: unknown): value is string =>
  typeof value === 'string' && /^[\w-]{3,}$/.test(value)
