import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

/** An example's production server, started with its own `start` script. */
export interface ExampleServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string
  /** What the server printed so far, for a failing test's message. */
  output(): string
  close(): Promise<void>
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) })
      await response.body?.cancel()
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
  throw new Error(`nothing answered at ${url} within ${timeoutMs} ms`)
}

/**
 * Runs the `start` script of the app in `root` (or `command`) as `pnpm run start` would (through
 * `sh`), with `PORT` set to a free port and `env` added, and waits until it answers. NODE_ENV is
 * not passed on (Vitest sets it to `test`): the server gets only what its script sets.
 */
export async function startExampleServer(
  root: URL,
  env: Record<string, string>,
  { timeoutMs = 60_000, command }: { timeoutMs?: number; command?: string } = {},
): Promise<ExampleServer> {
  const dir = fileURLToPath(root)
  const manifest = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'))
  const script: string = command ?? manifest.scripts.start
  const port = await freePort()
  const { NODE_ENV: _, ...inherited } = process.env
  const child = spawn('sh', ['-c', script], {
    cwd: dir,
    // Its own process group, so closing stops the script's children too.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...inherited,
      PATH: `${dir}/node_modules/.bin:${process.env.PATH}`,
      HOST: '127.0.0.1',
      HOSTNAME: '127.0.0.1',
      PORT: String(port),
      ...env,
    },
  })
  const closed = once(child, 'close')
  const lines: string[] = []
  child.stdout?.on('data', (chunk) => lines.push(String(chunk)))
  child.stderr?.on('data', (chunk) => lines.push(String(chunk)))
  const close = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = once(child, 'exit')
    process.kill(-child.pid!, 'SIGTERM')
    // A server that ignores SIGTERM is stopped after 5 s.
    const stuck = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 5_000)
    await exited
    clearTimeout(stuck)
  }
  const url = `http://127.0.0.1:${port}`
  try {
    await waitForHttp(url, child, timeoutMs)
  } catch (error) {
    await close()
    // All it printed, up to its exit.
    await closed
    throw new Error(`${script} (in ${dir}): ${(error as Error).message}\n${lines.join('')}`)
  }
  return { url, output: () => lines.join(''), close }
}
