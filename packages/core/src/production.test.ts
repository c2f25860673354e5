// What a production build (`process.env.NODE_ENV === 'production'`, replaced by the app's bundler)
// does differently: no config checks before the widget opens, and errors without the sentences
// that say how to fix them, but with their code and facts. Core reads `process.env.NODE_ENV`
// when it runs, so stubbing it here takes the production branches of the same code.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useFreshCore } from './testing/fresh-core.ts'

const { core, emu } = useFreshCore()

beforeEach(() => {
  vi.stubEnv('NODE_ENV', 'production')
})
afterEach(() => {
  vi.unstubAllEnvs()
})

const errorOf = async (options: Parameters<ReturnType<typeof core>['createBelvoWidget']>[0]) => {
  const widget = core().createBelvoWidget(options)
  await widget.open()
  return widget.getSnapshot().error
}

describe('in a production build', () => {
  it('hands Belvo the config as written: a value development refuses opens the widget', async () => {
    const options = { token: () => emu().createToken(), locale: 'fr', external_id: 'x' }
    vi.stubEnv('NODE_ENV', 'development')
    expect(await errorOf(options as object)).toMatchObject({ code: 'invalid_config' })
    vi.stubEnv('NODE_ENV', 'production')
    const widget = core().createBelvoWidget(options as object)
    await widget.open()
    expect(widget.getSnapshot().status).toBe('open')
    expect(emu().createWidgetCalls.at(-1)!.config).toMatchObject({ locale: 'fr', external_id: 'x' })
  })

  it('keeps what the token route said, without the sentence around it', async () => {
    const route = async () =>
      new Response(JSON.stringify({ error: { code: 'belvo_error', message: 'Belvo is down' } }), {
        status: 502,
      })
    const error = await errorOf({ token: route })
    expect(error).toMatchObject({ code: 'token_failed' })
    expect(error!.message).toContain('502: belvo_error: Belvo is down')
    expect(error!.message).not.toContain('token function failed')
  })

  it('gives the code as the message where development explains the fix', async () => {
    const expired = emu().createToken({ expiresInSeconds: -60 })
    expect(await errorOf({ token: expired })).toMatchObject({
      code: 'token_expired',
      message: 'token_expired',
    })
    expect(await errorOf({})).toMatchObject({ code: 'invalid_config', message: 'invalid_config' })
  })

  it('names the script that failed to load', async () => {
    emu().setFaults({ scriptFault: 'error' })
    const src = 'https://cdn.example/belvo-widget-1-stable.js'
    const error = await errorOf({ token: () => emu().createToken(), src })
    expect(error).toMatchObject({ code: 'script_load_failed', message: src })
  })
})
