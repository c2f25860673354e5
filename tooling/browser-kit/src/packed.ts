import { execFile } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** What a fresh app installed from the registry and from packed tarballs looks like. */
export interface FreshAppOptions {
  /** A folder to copy as the app (its package.json gets `dependencies`). */
  template: string
  /** Registry packages and their versions, and `file:` tarballs from {@link packPackage}. */
  dependencies: Record<string, string>
}

/**
 * Packs a workspace package the way it is published (`pnpm pack`: its `files`, its
 * `publishConfig`) into `into`, and returns the tarball's path.
 */
export async function packPackage(dir: string, into: string): Promise<string> {
  const { stdout } = await run('pnpm', ['pack', '--pack-destination', into], { cwd: dir })
  const name = stdout.trim().split('\n').pop()!.trim()
  const file = name.startsWith('/') ? name : join(into, name.split('/').pop()!)
  if (!(await readdir(into)).some((entry) => file.endsWith(entry))) {
    throw new Error(`pnpm pack in ${dir} printed "${name}", which is not in ${into}`)
  }
  return file
}

/**
 * Copies `template` to a new folder outside the workspace and installs `dependencies` there
 * with pnpm (from its store when it has them, else the registry), as a user's app would get
 * them. Returns the app's folder.
 */
export async function installFreshApp({
  template,
  dependencies,
}: FreshAppOptions): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'fresh-app-'))
  await cp(template, dir, { recursive: true })
  const manifestPath = join(dir, 'package.json')
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'))
  manifest.dependencies = { ...manifest.dependencies, ...dependencies }
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2))
  // Its own workspace root, so pnpm does not treat it as part of this one.
  await writeFile(
    join(dir, 'pnpm-workspace.yaml'),
    'allowBuilds: { esbuild: true }\npmOnFail: ignore\n',
  )
  await run('pnpm', ['install', '--prefer-offline', '--reporter=silent'], {
    cwd: dir,
    env: { ...process.env, CI: 'true' },
  })
  return dir
}

/** Playwright's JSON report, the parts a check reads. */
export interface PlaywrightReport {
  stats: { expected: number; unexpected: number; skipped: number; flaky: number }
  /** Every test's title and its outcome (`expected`, `unexpected`, `flaky`, `skipped`). */
  tests: { title: string; status: string; error?: string }[]
  /** Errors outside any test (the config, global setup, the web server). */
  errors: string[]
}

/** Runs `playwright test` in `dir` with `env`, and returns its report (whether it passed or not). */
export async function runPlaywrightTests(
  dir: string,
  env: Record<string, string> = {},
): Promise<PlaywrightReport> {
  const output = await run('npx', ['playwright', 'test', '--reporter=json'], {
    cwd: dir,
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stdout?: string; stderr?: string }) => {
    if (!error.stdout?.trim().startsWith('{')) throw error
    return error as { stdout: string }
  })
  const report = JSON.parse(output.stdout)
  const tests: PlaywrightReport['tests'] = []
  const walk = (suite: { specs?: unknown[]; suites?: unknown[] }) => {
    for (const spec of (suite.specs ?? []) as {
      title: string
      tests: { status: string; results: { error?: { message?: string } }[] }[]
    }[]) {
      for (const test of spec.tests) {
        tests.push({
          title: spec.title,
          status: test.status,
          error: test.results.find((result) => result.error)?.error?.message,
        })
      }
    }
    for (const child of (suite.suites ?? []) as (typeof suite)[]) walk(child)
  }
  for (const suite of report.suites) walk(suite)
  const errors = ((report.errors ?? []) as { message?: string }[]).map((e) => e.message ?? '')
  return { stats: report.stats, tests, errors }
}

/** A free TCP port on 127.0.0.1 (free when asked: pass it on at once). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/** What {@link runPackedSuite} needs: the app, the packages to pack, the rest from the registry. */
export interface PackedSuiteOptions extends Omit<FreshAppOptions, 'dependencies'> {
  /** Workspace packages to pack and install from their tarballs: name → folder. */
  packed: Record<string, string>
  /** Registry packages and their versions. */
  dependencies?: Record<string, string>
  /** Environment for `playwright test`; `EMULATOR_PORT` and `APP_PORT` get free ports. */
  env?: Record<string, string>
}

/**
 * A user's Playwright suite against packages as published: packs `packed`, installs them from
 * the tarballs with `dependencies` into a copy of `template` outside the workspace, runs
 * `playwright test` there with free `EMULATOR_PORT` and `APP_PORT`, removes both folders, and
 * returns the report.
 */
export async function runPackedSuite(options: PackedSuiteOptions): Promise<PlaywrightReport> {
  const packs = await mkdtemp(join(tmpdir(), 'packed-'))
  let app: string | undefined
  try {
    const tarballs: Record<string, string> = {}
    for (const [name, dir] of Object.entries(options.packed)) {
      tarballs[name] = `file:${await packPackage(dir, packs)}`
    }
    app = await installFreshApp({
      template: options.template,
      dependencies: { ...options.dependencies, ...tarballs },
    })
    return await runPlaywrightTests(app, {
      EMULATOR_PORT: String(await freePort()),
      APP_PORT: String(await freePort()),
      ...options.env,
    })
  } finally {
    await rm(packs, { recursive: true, force: true })
    if (app) await rm(app, { recursive: true, force: true })
  }
}
