import { readJson, sendJson } from './http.ts'
import type { Handler } from './router.ts'
import { consentOf } from './token-request.ts'
import { rejectWidgetToken } from './tokens.ts'

/** `POST /widget/session`: what the emulated widget needs to open for a token. */
export const startWidgetSession: Handler = async ({ req, res, emulator }) => {
  const body = (await readJson(req)) as { access_token?: unknown } | null
  const check = await emulator.tokens.check(body?.access_token)
  if (!check.ok) return rejectWidgetToken(res, check, emulator.log)
  const { grant } = check.token
  const existing = grant.link_id ? emulator.links.get(grant.link_id) : undefined
  sendJson(res, 200, {
    branding: grant.widget.branding,
    update_link: existing ? { id: existing.id, institution: existing.institution } : null,
    payload_style: emulator.options.payloadStyle ?? 'bare',
    consent: consentOf(grant) ?? null,
  })
}
