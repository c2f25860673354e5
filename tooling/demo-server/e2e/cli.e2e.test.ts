import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { type RunningEmulator, startEmulator } from '@belvo-widget/emulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

function run(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [cli], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let text = ''
  child.stdout?.on('data', (chunk) => {
    text += chunk
  })
  child.stderr?.on('data', (chunk) => {
    text += chunk
  })
  return { child, output: () => text }
}

async function firstLine(output: () => string, child: ChildProcess): Promise<string> {
  for (let i = 0; i < 100 && !output().includes('\n') && child.exitCode === null; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return output().split('\n')[0] ?? ''
}

let emulator: RunningEmulator
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, quiet: true })
})
afterAll(async () => {
  await emulator?.close()
})

describe('node dist/cli.js', () => {
  it('prints its URL, serves a token from BELVO_ENV, and stops on SIGINT', async () => {
    const { child, output } = run({ PORT: '0', BELVO_ENV: emulator.url })
    const line = await firstLine(output, child)
    expect(line).toMatch(/^demo server {2}http:\/\/127\.0\.0\.1:\d+ {2}→ Belvo at http/)
    const url = line.split(/\s+/)[2]!

    const token = await fetch(`${url}/api/widget-token`, { method: 'POST' })
    expect(token.status).toBe(200)
    expect(Object.keys((await token.json()) as object)).toEqual(['access'])

    child.kill('SIGINT')
    const [code] = await once(child, 'exit')
    expect(code).toBe(0)
    expect(output()).not.toContain(emulator.secretPassword)
  })

  it('refuses to start against Belvo without keys, and says which to set', async () => {
    const { child, output } = run({ PORT: '0', BELVO_ENV: 'sandbox' })
    const [code] = await once(child, 'exit')
    expect(code).toBe(1)
    expect(output()).toMatch(/BELVO_SECRET_ID and BELVO_SECRET_PASSWORD/)
  })
})
