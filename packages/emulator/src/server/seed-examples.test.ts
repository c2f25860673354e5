// Every token request printed in Belvo's pages (fixtures/belvo-docs.ts) through the emulator's
// token API, with the emulator's keys in place of the page's placeholders: each is answered
// with a token, and the widget starts with it (on the consent step for the OFDA ones).
import { type RunningEmulator, startEmulator } from '@belvo-widget/emulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SEEDS, TOKEN_REQUESTS } from '../../../../fixtures/belvo-docs.ts'

let emulator: RunningEmulator
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, quiet: true })
})
afterAll(() => emulator?.close())

const post = (path: string, body: unknown) =>
  fetch(`${emulator.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

// Fragments (a `widget` or `consent` object alone) go inside the page's first OFDA body.
const OFDA = TOKEN_REQUESTS[0]!.example
const body = (example: Record<string, unknown>) => {
  if ('id' in example) return example
  const widget = (example.widget ?? example) as Record<string, unknown>
  const base = OFDA.widget as Record<string, unknown>
  return {
    ...OFDA,
    widget: {
      ...base,
      ...widget,
      consent: { ...(base.consent as object), ...(widget.consent as object) },
    },
  }
}

describe("Belvo's token requests through POST /api/token/", () => {
  it.each(TOKEN_REQUESTS.map((e) => [`${e.name} (${SEEDS[e.seed]})`, e.example] as const))(
    '%s',
    async (_, example) => {
      const res = await post('/api/token/', {
        ...body(example),
        id: emulator.secretId,
        password: emulator.secretPassword,
      })
      expect(res.status).toBe(200)
      const { access, refresh } = (await res.json()) as { access: string; refresh: string }
      expect(refresh).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
      const started = await post('/widget/session', { access_token: access })
      expect(started.status).toBe(200)
      const session = (await started.json()) as { consent: { purpose: string } | null }
      const widget = body(example).widget as { openfinance_feature?: string } | undefined
      if (widget?.openfinance_feature === 'consent_link_creation') {
        expect(session.consent?.purpose).toMatch(/\S/)
      } else expect(session.consent).toBeNull()
    },
  )

  it('the placeholder keys as printed are refused, as Belvo refuses them', async () => {
    const res = await post('/api/token/', TOKEN_REQUESTS[0]!.example)
    expect(res.status).toBe(401)
  })
})
