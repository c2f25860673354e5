// The types of the testing entry's `installBelvoEmulator()`: what it takes and what it returns.
import type { PayloadStyle, WidgetBranding } from '../sdk/types.ts'
import type { EmulatorUser } from './user.ts'

/** Script faults the testing entry can emulate. */
export interface TestingFaults {
  /** `'error'` dispatches `error` on the script tag; `'hang'` dispatches nothing. */
  scriptFault: 'none' | 'error' | 'hang'
  /** Delay before `load`/`error` is dispatched on the script tag. */
  scriptLatencyMs: number
}

export interface InstallOptions extends Partial<TestingFaults> {
  /** The window to install into. Default `globalThis.window` (jsdom or happy-dom). */
  window?: Window & typeof globalThis
  /**
   * `false` (default): `window.belvoSDK` appears when a `<script>` whose src ends with
   * `belvo-widget-1-stable.js` (or `belvo-widget-sandbox-1-stable.js`) is added, then the tag
   * gets `load`, like the CDN.
   * `true`: `window.belvoSDK` is defined now.
   */
  preinstalled?: boolean
  /** Shape of `onExit`/`onEvent` payloads. Default `'bare'`. */
  payloadStyle?: PayloadStyle
  /** How long `user.*` waits for a widget to be built. Default 2000 ms. */
  timeoutMs?: number
  /**
   * How long the success screen shows before `callback` fires. Default 0: the screen is drawn,
   * then the callback runs in the next task. `user.login` waits for it either way.
   */
  successDelayMs?: number
}

export interface CreateTokenOptions {
  /** Lifetime in seconds (default 600, Belvo's 10 minutes); negative gives an expired token. */
  expiresInSeconds?: number
  /** Branding, as in the token request's `widget.branding`. */
  branding?: WidgetBranding
  /**
   * Scopes, as in the token request. Default `read_institutions,write_links`; without those
   * two the widget does not start, as Belvo's pages warn.
   */
  scopes?: string | string[]
  /**
   * The rest of the token request's `widget` object. With `openfinance_feature:
   * 'consent_link_creation'` (Brazil Open Finance) the widget opens on its consent step.
   */
  widget?: {
    openfinance_feature?: 'consent_link_creation' | 'consent_management'
    purpose?: string
    consent?: {
      purpose?: string
      terms_and_conditions_url?: string
      permissions?: string[]
      identification_info?: Array<{ type: 'CPF' | 'CNPJ'; number: string; name: string }>
    }
  }
}

/** What {@link installBelvoEmulator} returns. */
export interface InstalledEmulator {
  /**
   * A script address of this install's own (`https://cdn.belvo.io/belvo-widget-1-stable.js?install=<n>`),
   * served like the CDN's. Give it to the code under test as `src`: core's loader shares a load
   * still pending for an address (a `hang` fault, a slow `scriptLatencyMs`) with the next caller,
   * and after a timeout asks for `?retry=<n>`; with an address of its own, a test joins neither
   * what an earlier test left pending nor its retry count. (A load that finished is not kept:
   * the next one reads `window.belvoSDK`, which `uninstall()` removes.)
   */
  readonly src: string
  /** A valid access JWT (with `exp`) that this emulator accepts once. */
  createToken(options?: CreateTokenOptions): string
  /** Every `createWidget(token, config)` call, in order. */
  readonly createWidgetCalls: ReadonlyArray<{ token: string; config: object }>
  /** How many widgets `build()` mounted. */
  readonly buildCount: number
  /** How many script tags the emulator served (each counts once). */
  readonly scriptRequests: number
  /** Drives the newest widget like a person would, through its buttons and inputs. */
  user: EmulatorUser
  setFaults(partial: Partial<TestingFaults>): void
  /**
   * Removes `window.belvoSDK`, the SDK's script tags, the observers and every widget it rendered;
   * those widgets call nothing afterwards. Installing again in the same window does this to the
   * previous install.
   */
  uninstall(): void
}
