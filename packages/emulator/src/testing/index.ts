export {
  BELVO_MESSAGES,
  SANDBOX_CREDENTIALS,
  SANDBOX_INSTITUTIONS,
  SANDBOX_MFA_TOKEN,
  type SandboxCredential,
  type SandboxCredentialName,
  type SandboxInstitution,
  type SandboxInstitutionCode,
} from '../sandbox/index.ts'
export {
  type LoginWalkOptions,
  loginWalk,
  type WalkStep,
  walkInstitution,
  walkSteps,
} from '../sdk/login-walk.ts'
export { SDK_SCRIPT_NAMES } from '../sdk/script-names.ts'
export type { EventPayload, ExitPayload, PayloadStyle, WidgetBranding } from '../sdk/types.ts'
export { ATTR as WIDGET_ATTRIBUTES, selectors as widgetSelectors } from '../sdk/widget.dom.ts'
export { buildDeepLink, type DeepLinkKind } from '../server/hosted.ts'
export {
  type CreateTokenOptions,
  EmulatorTestingError,
  type InstalledEmulator,
  type InstallOptions,
  installBelvoEmulator,
  type TestingFaults,
} from './install.ts'
export type { EmulatorUser } from './user.ts'
