export { accountsForLink, type SandboxAccount, type SandboxLink } from './accounts.ts'
export {
  SANDBOX_CREDENTIALS,
  SANDBOX_MFA_TOKEN,
  type SandboxCredential,
  type SandboxCredentialName,
  type SandboxOutcome,
} from './credentials.ts'
export {
  type CountryCode,
  findSandboxInstitution,
  type InstitutionType,
  listSandboxInstitutions,
  SANDBOX_INSTITUTIONS,
  type SandboxInstitution,
  type SandboxInstitutionCode,
} from './institutions.ts'
export { type LoginAttempt, type LoginResult, resolveLogin } from './login.ts'
export { BELVO_MESSAGES, type LoginErrorCode } from './messages.ts'
export { ownersForLink, type SandboxOwner } from './owners.ts'
export {
  balancesForLink,
  HISTORY_DAYS,
  type SandboxBalance,
  type SandboxTransaction,
  transactionsForLink,
} from './transactions.ts'
