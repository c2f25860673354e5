/** How `onExit` and `onEvent` payloads are delivered: bare objects, or `{ data: [payload] }`. */
export type PayloadStyle = 'bare' | 'wrapped'

/** Branding carried by the token (`widget.branding` in the token request). */
export interface WidgetBranding {
  company_name?: string
  company_icon?: string
  company_logo?: string
  company_terms_url?: string
  overlay_background_color?: string
  social_proof?: boolean
  show_belvo_middle_logo?: boolean
}

/** What the widget learns about its token when it starts. */
export interface WidgetSession {
  branding: WidgetBranding
  /** Update mode: the token names a link to restore; the widget opens on its institution. */
  updateLink?: { id: string; institution: string } | undefined
  /** The emulator's default payload style; the script URL's `payloadStyle` query wins. */
  payloadStyle?: PayloadStyle | undefined
  /**
   * Brazil Open Finance: the token was made with `widget.openfinance_feature:
   * 'consent_link_creation'`, so the widget asks for consent before the institution list.
   */
  consent?: WidgetConsent | undefined
}

/** The consent the OFDA widget asks for, from the token request's `widget.consent`. */
export interface WidgetConsent {
  /** Why the data is asked for (`widget.consent.purpose` or `widget.purpose`, else Belvo's default). */
  purpose: string
  permissions: string[]
  terms_and_conditions_url?: string | undefined
  identification_info: Array<{ type: string; number: string; name: string }>
}

export type SessionResult =
  | { ok: true; session: WidgetSession }
  | { ok: false; code: 'ACCESS_TOKEN_NOT_VALID'; message: string; request_id: string }

export interface LinkRequest {
  institution: string
  username: string
  password: string
  mfaToken?: string | undefined
  access_mode: 'single' | 'recurrent'
  external_id?: string | undefined
}

export type LinkResult =
  | { status: 'success'; link: string; institution: string }
  | { status: 'mfa_required'; request_id: string }
  | { status: 'error'; code: string; message: string; request_id: string }

/**
 * Where the widget checks its token and creates links: the emulator over HTTP for the
 * served script, or memory for the testing entry. The UI and payloads do not change.
 */
export interface WidgetBackend {
  startSession(token: string): Promise<SessionResult>
  createLink(token: string, request: LinkRequest): Promise<LinkResult>
}

/** The exit payload (`onExit`), bare. */
export interface ExitPayload {
  last_encountered_error?: { code: string; message: string }
  meta_data: { institution_name?: string; step?: 'abandon-survey' }
}

/** An event payload (`onEvent`), bare. */
export type EventPayload =
  | {
      eventName: 'PAGE_LOAD'
      meta_data: { page: string; from?: string; institution_name?: string }
    }
  | {
      eventName: 'ERROR'
      request_id: string
      meta_data: {
        error_code: string
        error_message: string
        institution_name?: string
        timestamp: string
      }
    }
  | {
      eventName: 'WARNING'
      request_id: string
      meta_data: {
        warning_code: 'institution_disabled'
        warning_message: string
        institution_name: string
        timestamp: string
      }
    }
