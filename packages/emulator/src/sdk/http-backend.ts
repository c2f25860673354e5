import type { LinkResult, SessionResult, WidgetBackend, WidgetConsent } from './types.ts'

interface BelvoError {
  request_id?: string
  code?: string
  message?: string
}

const firstError = (body: unknown): BelvoError => (Array.isArray(body) ? body[0] : body) ?? {}

/**
 * The served script's backend: the emulator that served it, over `fetch`. The routes under
 * `/widget/` are the emulator's own (Belvo does not document its widget's internal API).
 */
export function createHttpBackend(baseUrl: string): WidgetBackend {
  const post = async (path: string, body: object) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    const json: unknown = await response.json().catch(() => ({}))
    return { status: response.status, json }
  }
  return {
    async startSession(token): Promise<SessionResult> {
      const { status, json } = await post('/widget/session', { access_token: token })
      if (status === 200) {
        const body = json as {
          branding?: object
          update_link?: { id: string; institution: string } | null
          payload_style?: 'bare' | 'wrapped'
          consent?: WidgetConsent | null
        }
        return {
          ok: true,
          session: {
            branding: body.branding ?? {},
            updateLink: body.update_link ?? undefined,
            payloadStyle: body.payload_style,
            consent: body.consent ?? undefined,
          },
        }
      }
      const error = firstError(json)
      return {
        ok: false,
        code: 'ACCESS_TOKEN_NOT_VALID',
        message: error.message ?? 'The access token was not provided or is not valid',
        request_id: error.request_id ?? '',
      }
    },
    async createLink(token, request): Promise<LinkResult> {
      const { status, json } = await post('/widget/links', {
        access_token: token,
        institution: request.institution,
        username: request.username,
        password: request.password,
        token: request.mfaToken,
        access_mode: request.access_mode,
        external_id: request.external_id,
      })
      if (status === 201) {
        const link = json as { id: string; institution: string }
        return { status: 'success', link: link.id, institution: link.institution }
      }
      const error = firstError(json)
      if (status === 428) return { status: 'mfa_required', request_id: error.request_id ?? '' }
      return {
        status: 'error',
        code: error.code ?? 'unexpected_error',
        message: error.message ?? '',
        request_id: error.request_id ?? '',
      }
    },
  }
}
