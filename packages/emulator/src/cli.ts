#!/usr/bin/env node
import { parseArgs } from 'node:util'
import { SANDBOX_CREDENTIALS } from './sandbox/credentials.ts'
import { EmulatorError } from './server/errors.ts'
import { startEmulator } from './server/start-emulator.ts'

const HELP = `belvo-emulator: Belvo's side of the Connect widget flow, on loopback.

Usage: belvo-emulator [options]

  --port <n>               port (default 5100, 0 = any free port; env PORT)
  --host <addr>            interface (default 127.0.0.1)
  --secret-id <id>         secret key id (default emulator-secret-id)
  --secret-password <pw>   secret key password (default emulator-secret-password)
  --script-latency <ms>    delay before serving belvo-widget-1-stable.js
  --token-latency <ms>     delay before answering POST /api/token/
  --script-fault <f>       none | error (HTTP 500) | hang (never answers)
  --token-fault <f>        none | 401 | 500
  --token-ttl <s>          access token lifetime in seconds (default 600; negative =
                           already expired)
  --payload-style <s>      bare | wrapped: shape of onExit/onEvent payloads
  --allowed-origins <l>    comma-separated origins allowed to start the widget
                           (default: any); others get a CORS error and an empty widget
  --webhook-url <url>      POST Belvo's historical_update webhooks there (retried on failure)
  --quiet                  no request log
  -h, --help               this help

Faults can also change at runtime: POST /__emulator/faults {"scriptFault":"error"} (loopback only).
The webhooks sent and each attempt: GET /__emulator/webhooks (loopback only).`

const num = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isFinite(n))
    throw new EmulatorError('INVALID_OPTION', `--${name} needs a number, got "${value}".`)
  return n
}

// A negative number after a flag is its value (`--token-ttl -60`), not another flag.
const args: string[] = []
for (const arg of process.argv.slice(2)) {
  if (/^-\d/.test(arg) && /^--[a-z-]+$/.test(args.at(-1) ?? '')) args[args.length - 1] += `=${arg}`
  else args.push(arg)
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'secret-id': { type: 'string' },
      'secret-password': { type: 'string' },
      'script-latency': { type: 'string' },
      'token-latency': { type: 'string' },
      'script-fault': { type: 'string' },
      'token-fault': { type: 'string' },
      'token-ttl': { type: 'string' },
      'payload-style': { type: 'string' },
      'allowed-origins': { type: 'string' },
      'webhook-url': { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    console.log(HELP)
    return
  }
  const tokenFault = values['token-fault']
  const emulator = await startEmulator({
    port: num('port', values.port ?? process.env.PORT),
    host: values.host,
    secretId: values['secret-id'],
    secretPassword: values['secret-password'],
    scriptLatencyMs: num('script-latency', values['script-latency']),
    tokenLatencyMs: num('token-latency', values['token-latency']),
    scriptFault: values['script-fault'] as 'none' | 'error' | 'hang' | undefined,
    tokenFault: (tokenFault === '401' ? 401 : tokenFault === '500' ? 500 : tokenFault) as
      | 'none'
      | 401
      | 500
      | undefined,
    accessTokenTtlSeconds: num('token-ttl', values['token-ttl']),
    payloadStyle: values['payload-style'] as 'bare' | 'wrapped' | undefined,
    allowedOrigins: values['allowed-origins']?.split(',').map((o) => o.trim()),
    webhookUrl: values['webhook-url'],
    quiet: values.quiet,
  })
  const { success } = SANDBOX_CREDENTIALS
  console.log(`Belvo emulator on ${emulator.url}
  SDK script   ${emulator.scriptUrl}
  token API    POST ${emulator.url}/api/token/  (id ${emulator.secretId}, password ${emulator.secretPassword})
  hosted page  ${emulator.url}/?access_token=…
  API          ${emulator.url}/api/  (HTTP Basic with the secret keys; Belvo's clients work)${values['webhook-url'] ? `\n  webhooks     → ${values['webhook-url']}` : ''}
  try          ${success.username} / ${success.password} on any healthy institution`)
  const stop = () => {
    emulator.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  // node:util's parseArgs rejects unknown flags and missing values with ERR_PARSE_ARGS_* codes.
  if (String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_')) {
    console.error(
      `belvo-emulator: ${(error as Error).message}\nRun belvo-emulator --help for the flags.`,
    )
    process.exit(2)
  }
  console.error(error instanceof EmulatorError ? `belvo-emulator: ${error.message}` : error)
  process.exit(1)
})
