// `pnpm dev`: `ng serve` on PORT (5176), with the runtime config.json written from
// DEMO_SERVER_URL and BELVO_SDK_SRC (the root `pnpm dev` sets them when its ports change).
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'

const dir = new URL('../.angular/dev-config/', import.meta.url)
mkdirSync(dir, { recursive: true })
const config = {
  demoServerUrl: process.env.DEMO_SERVER_URL || 'http://127.0.0.1:5101',
  sdkSrc: process.env.BELVO_SDK_SRC || 'http://127.0.0.1:5100/belvo-widget-1-stable.js',
}
writeFileSync(new URL('config.json', dir), `${JSON.stringify(config, null, 2)}\n`)

const ng = new URL('../node_modules/.bin/ng', import.meta.url).pathname
const child = spawn(ng, ['serve', '--port', process.env.PORT || '5176'], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
