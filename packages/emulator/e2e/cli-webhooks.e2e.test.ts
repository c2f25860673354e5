// The built CLI with --webhook-url: a backend registers a link and its webhook endpoint hears
// about the link's data, as with Belvo.
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { afterAll, expect, it } from 'vitest'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const cleanup: Array<() => void> = []
afterAll(() => {
  for (const step of cleanup) step()
})

it('--webhook-url: a registered link sends its historical_update webhooks there', async () => {
  const received: Array<{ webhook_type: string; link_id: string }> = []
  const receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => {
      body += chunk
    })
    req.on('end', () => {
      received.push(JSON.parse(body))
      res.writeHead(200).end()
    })
  })
  receiver.listen(0, '127.0.0.1')
  await once(receiver, 'listening')
  cleanup.push(() => receiver.close())
  const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`

  const child: ChildProcess = spawn(process.execPath, [cli, '--port', '0', '--webhook-url', hook], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  cleanup.push(() => child.kill())
  let out = ''
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      out += chunk
      const match = /Belvo emulator on (http:\/\/\S+)/.exec(out)
      if (match && out.includes('webhooks')) resolve(match[1]!)
    })
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)))
  })
  expect(out).toContain(`webhooks     → ${hook}`)

  const res = await fetch(`${url}/api/links/`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('emulator-secret-id:emulator-secret-password').toString('base64')}`,
    },
    body: JSON.stringify({ institution: 'erebor_mx_retail', username: 'bnk100', password: 'full' }),
  })
  const link = (await res.json()) as { id: string }
  const end = Date.now() + 5000
  while (received.length < 3 && Date.now() < end) await new Promise((r) => setTimeout(r, 20))
  expect(received.map((w) => [w.webhook_type, w.link_id])).toEqual([
    ['ACCOUNTS', link.id],
    ['OWNERS', link.id],
    ['TRANSACTIONS', link.id],
  ])
  // The request log says what was sent.
  await new Promise((r) => setTimeout(r, 50))
  expect(out).toMatch(/webhook TRANSACTIONS historical_update → .*\/hooks: 200/)
})
