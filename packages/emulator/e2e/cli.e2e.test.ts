// The built CLI, as `npx belvo-emulator` runs it.
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, expect, it } from 'vitest'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const children: ChildProcess[] = []
afterAll(() => {
  for (const child of children) child.kill()
})

function start(args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk) => {
      out += chunk
      const match = /Belvo emulator on (http:\/\/\S+)/.exec(out)
      if (match) resolve({ url: match[1]!, child })
    })
    child.stderr!.on('data', (chunk) => reject(new Error(String(chunk))))
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)))
  })
}

it('starts with flags, serves the script and honours fault flags', async () => {
  const { url } = await start([
    '--port',
    '0',
    '--quiet',
    '--script-fault',
    'error',
    '--secret-id',
    'my-id',
    '--secret-password',
    'my-pw',
  ])
  expect((await fetch(`${url}/belvo-widget-1-stable.js`)).status).toBe(500)
  const token = await fetch(`${url}/api/token/`, {
    method: 'POST',
    body: JSON.stringify({
      id: 'my-id',
      password: 'my-pw',
      scopes: 'read_institutions,write_links',
    }),
  })
  expect(token.status).toBe(200)
  await fetch(`${url}/__emulator/faults`, { method: 'POST', body: '{"scriptFault":"none"}' })
  const script = await fetch(`${url}/belvo-widget-1-stable.js`)
  expect(script.status).toBe(200)
  expect(await script.text()).toContain('belvoSDK')
})

it('explains a bad flag and exits non-zero', async () => {
  const run = promisify(execFile)(process.execPath, [
    cli,
    '--script-fault',
    'sometimes',
    '--port',
    '0',
  ])
  await expect(run).rejects.toMatchObject({
    code: 1,
    stderr: expect.stringContaining("scriptFault must be 'none', 'error' or 'hang'"),
  })
})

it('a mistyped flag or a flag without its value: one line saying so, a pointer to --help, exit 2', async () => {
  for (const [args, message] of [
    [['--prot', '0'], "Unknown option '--prot'"],
    [['--port'], "Option '--port <value>' argument missing"],
  ] as const) {
    const run = promisify(execFile)(process.execPath, [cli, ...args])
    const failure = await run.then(
      () => expect.unreachable('the CLI started'),
      (error: { code: number; stderr: string }) => error,
    )
    expect(failure.code).toBe(2)
    expect(failure.stderr).toContain(`belvo-emulator: ${message}`)
    expect(failure.stderr).toContain('Run belvo-emulator --help for the flags.')
    expect(failure.stderr).not.toMatch(/\n\s+at /)
  }
})

it('--token-ttl -60 hands out tokens that are already expired', async () => {
  const { url } = await start(['--port', '0', '--quiet', '--token-ttl', '-60'])
  const res = await fetch(`${url}/api/token/`, {
    method: 'POST',
    body: JSON.stringify({
      id: 'emulator-secret-id',
      password: 'emulator-secret-password',
      scopes: 'read_institutions,write_links',
    }),
  })
  expect(res.status).toBe(200)
  const { access } = (await res.json()) as { access: string }
  const { exp } = JSON.parse(Buffer.from(access.split('.')[1]!, 'base64url').toString('utf8'))
  expect(exp).toBeLessThan(Date.now() / 1000 - 50)
  const session = await fetch(`${url}/widget/session`, {
    method: 'POST',
    body: JSON.stringify({ access_token: access }),
  })
  expect(session.status).toBe(401)
})

it('--help lists the flags', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [cli, '--help'])
  expect(stdout).toContain('--script-latency')
  expect(stdout).toContain('--token-fault')
})

it('--allowed-origins refuses the widget routes to other origins, and a bad origin is explained', async () => {
  const { url } = await start([
    '--port',
    '0',
    '--quiet',
    '--allowed-origins',
    'http://localhost:5173, https://www.acme-corp.com',
  ])
  const session = (origin: string) =>
    fetch(`${url}/widget/session`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: '{}',
    })
  expect((await session('https://www.acme-corp.com')).status).toBe(401)
  const refused = await session('http://localhost:4000')
  expect(refused.status).toBe(403)
  expect(refused.headers.get('access-control-allow-origin')).toBeNull()
  const run = promisify(execFile)(process.execPath, [
    cli,
    '--allowed-origins',
    'https://www.acme-corp.com/',
    '--port',
    '0',
  ])
  await expect(run).rejects.toMatchObject({
    code: 1,
    stderr: expect.stringContaining('no trailing "/"'),
  })
})
