// `pnpm run build` first (turbo runs it): the suite serves the production build.
import { describeExample, startExampleServer } from '@belvo-widget/example-e2e'
import { describe, expect, it } from 'vitest'

const root = new URL('..', import.meta.url)

describeExample({ name: 'Angular SSR', root })

describe('Angular SSR example: the production build without SESSION_SECRET', () => {
  it('refuses to start, saying so, even with NODE_ENV unset', async () => {
    // The server as a deployment may run it, without the start script's NODE_ENV=production.
    const outcome = await startExampleServer(
      root,
      { SESSION_SECRET: '' },
      { command: 'node dist/server/server.mjs', timeoutMs: 15_000 },
    ).then(
      async (server) => {
        await server.close()
        return 'it started'
      },
      (error: Error) => error.message,
    )
    expect(outcome).toMatch(
      /exited with code 1\n[\s\S]*Set SESSION_SECRET to 32 or more random characters/,
    )
  })
})
