#!/usr/bin/env node
// Stands in for Firefox's executable when Playwright launches a stock Firefox over WebDriver BiDi
// (`channel: 'moz-firefox'`): starts the real one (FIREFOX_PATH, default Debian's firefox-esr)
// with the same arguments, and passes its BiDi connection through a relay that answers the few
// emulation commands this Firefox does not know yet (Playwright sends them for every new
// context, e.g. emulation.setMediaFeaturesOverride) as done, instead of failing the context.
// Every other message goes through unchanged.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { WebSocket, WebSocketServer } from 'ws'

const firefox = spawn(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', process.argv.slice(2), {
  stdio: ['ignore', 'inherit', 'pipe'],
})
firefox.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
for (const s of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(s, () => firefox.kill(s))
createInterface({ input: firefox.stderr }).on('line', (line) => {
  const match = line.match(/WebDriver BiDi listening on (ws:\/\/\S+)/)
  if (!match) return process.stderr.write(`${line}\n`)
  relay(match[1]).then((url) => process.stderr.write(`WebDriver BiDi listening on ${url}\n`))
})

// Settings Playwright applies to every context that change nothing for a page left as it is.
const TOLERATED = /^(emulation\.set\w+Override|browser\.setDownloadBehavior)$/

async function relay(upstream) {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  await new Promise((r) => server.on('listening', r))
  server.on('connection', (client, req) => {
    const up = new WebSocket(upstream + req.url)
    const pending = []
    const methods = new Map()
    up.on('open', () => {
      for (const m of pending.splice(0)) up.send(m)
    })
    client.on('message', (data) => {
      const text = data.toString()
      try {
        const m = JSON.parse(text)
        if (m.id !== undefined) methods.set(m.id, m.method)
      } catch {}
      if (up.readyState === 1) up.send(text)
      else pending.push(text)
    })
    up.on('message', (data) => {
      let text = data.toString()
      try {
        const m = JSON.parse(text)
        if (m.id !== undefined) {
          const method = methods.get(m.id)
          methods.delete(m.id)
          if (m.type === 'error' && m.error === 'unknown command' && TOLERATED.test(method)) {
            process.stderr.write(`[firefox-bidi] ${method}: unknown command, answered as done\n`)
            text = JSON.stringify({ type: 'success', id: m.id, result: {} })
          }
        }
      } catch {}
      client.send(text)
    })
    up.on('close', () => client.close())
    client.on('close', () => up.close())
    up.on('error', () => client.close())
  })
  return `ws://127.0.0.1:${server.address().port}`
}
