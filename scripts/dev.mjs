#!/usr/bin/env node
// `pnpm dev`: builds what runs from dist, then starts the emulator (Belvo's side), the demo
// server ("your backend"), every sandbox app and Storybook; prints one line per URL once each
// answers; Ctrl-C stops them all. Ports are fixed defaults, each overridable by an env variable.
// `pnpm dev --examples` also starts the full-stack examples (Next.js, Nuxt, Angular SSR).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createSupervisor } from './lib/supervisor.mjs'

const root = new URL('..', import.meta.url).pathname
const port = (name, fallback) => Number(process.env[name] ?? fallback)
const host = '127.0.0.1'

const ports = {
  emulator: port('EMULATOR_PORT', 5100),
  demo: port('DEMO_SERVER_PORT', 5101),
  vanilla: port('VANILLA_SANDBOX_PORT', 5173),
  react: port('REACT_SANDBOX_PORT', 5174),
  vue: port('VUE_SANDBOX_PORT', 5175),
  angular: port('ANGULAR_SANDBOX_PORT', 5176),
  html: port('HTML_SANDBOX_PORT', 5177),
  svelte: port('SVELTE_SANDBOX_PORT', 5178),
  storybook: port('STORYBOOK_PORT', 6006),
  next: port('NEXT_EXAMPLE_PORT', 3000),
  nuxt: port('NUXT_EXAMPLE_PORT', 3001),
  angularSsr: port('ANGULAR_SSR_EXAMPLE_PORT', 4200),
}
const withExamples = process.argv.includes('--examples')
const emulatorUrl = `http://${host}:${ports.emulator}`
const demoUrl = `http://${host}:${ports.demo}`
// Real keys + BELVO_ENV=sandbox|production make the demo server talk to Belvo instead.
const belvoEnv = process.env.BELVO_ENV ?? emulatorUrl
const sdkSrc =
  process.env.BELVO_SDK_SRC ??
  (belvoEnv === emulatorUrl
    ? `${emulatorUrl}/belvo-widget-1-stable.js`
    : 'https://cdn.belvo.io/belvo-widget-1-stable.js')
const sandboxEnv = {
  VITE_DEMO_SERVER_URL: demoUrl,
  VITE_BELVO_SDK_SRC: sdkSrc,
  DEMO_SERVER_URL: demoUrl,
  BELVO_SDK_SRC: sdkSrc,
}

// The examples are "your app" with its own server: the keys go to them, as in production.
const exampleEnv = {
  BELVO_ENV: belvoEnv,
  ...(belvoEnv === emulatorUrl && {
    BELVO_SECRET_ID: 'emulator-secret-id',
    BELVO_SECRET_PASSWORD: 'emulator-secret-password',
  }),
  BELVO_SDK_SRC: sdkSrc,
  NUXT_PUBLIC_BELVO_SDK_SRC: sdkSrc,
}
const examples = [
  ['Next.js example', 'next-example', ports.next],
  ['Nuxt example', 'nuxt-example', ports.nuxt],
  ['Angular SSR example', 'angular-ssr-example', ports.angularSsr],
]

const hasScript = (dir, script) => {
  const manifest = join(root, dir, 'package.json')
  return existsSync(manifest) && !!JSON.parse(readFileSync(manifest, 'utf8')).scripts?.[script]
}

const services = [
  {
    name: 'Belvo emulator',
    url: emulatorUrl,
    probe: `${emulatorUrl}/belvo-widget-1-stable.js`,
    cmd: ['node', 'packages/emulator/dist/cli.js', '--port', String(ports.emulator)],
    when: hasScript('packages/emulator', 'build'),
    useEmulator: true,
  },
  {
    name: 'Demo server',
    url: demoUrl,
    probe: `${demoUrl}/api/health`,
    cmd: ['node', 'tooling/demo-server/dist/cli.js'],
    env: { PORT: String(ports.demo), HOST: host, BELVO_ENV: belvoEnv },
    when: hasScript('tooling/demo-server', 'build'),
  },
  ...['vanilla', 'react', 'vue', 'angular', 'html', 'svelte'].map((fw) => ({
    name: fw === 'html' ? 'HTML sandbox' : `${fw[0].toUpperCase()}${fw.slice(1)} sandbox`,
    url: `http://localhost:${ports[fw]}/`,
    cmd: ['pnpm', '--silent', '--filter', `./apps/${fw}-sandbox`, 'run', 'dev'],
    env: { ...sandboxEnv, PORT: String(ports[fw]) },
    when: hasScript(`apps/${fw}-sandbox`, 'dev'),
  })),
  ...examples.map(([name, dir, appPort]) => ({
    name,
    url: `http://localhost:${appPort}/`,
    cmd: ['pnpm', '--silent', '--filter', `./apps/${dir}`, 'run', 'dev', '--port', String(appPort)],
    env: { ...exampleEnv, PORT: String(appPort) },
    when: withExamples && hasScript(`apps/${dir}`, 'dev'),
    timeoutMs: 180_000,
  })),
  {
    name: 'Storybook',
    url: `http://localhost:${ports.storybook}/`,
    cmd: ['node', 'scripts/storybook.mjs', 'dev'],
    env: { PORT: String(ports.storybook) },
    when: existsSync(join(root, 'scripts/storybook.mjs')),
    timeoutMs: 240_000,
  },
].filter((s) => s.when && (!s.useEmulator || belvoEnv === emulatorUrl))

console.log('Building the packages the demos run from…')
const build = spawnSync(
  'pnpm',
  [
    'exec',
    'turbo',
    'run',
    'build',
    '--output-logs=errors-only',
    '--filter=./packages/*',
    '--filter=./tooling/demo-server',
  ],
  { cwd: root, stdio: 'inherit' },
)
if (build.status !== 0) process.exit(build.status ?? 1)

// The demo server's root page links every app started here.
const demoServer = services.find((s) => s.name === 'Demo server')
if (demoServer) {
  demoServer.env.DEMO_LINKS = JSON.stringify(
    services
      .filter((s) => s !== demoServer && !s.useEmulator)
      .map(({ name, url }) => ({ name, url })),
  )
}

const supervisor = createSupervisor()

for (const service of services) {
  const [cmd, ...args] = service.cmd
  const child = supervisor.start(cmd, args, {
    cwd: root,
    env: { ...process.env, ...service.env, FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const log = []
  const keep = (chunk) => {
    log.push(chunk.toString())
    if (log.length > 200) log.shift()
    if (process.env.DEV_VERBOSE) process.stdout.write(`[${service.name}] ${chunk}`)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  child.on('exit', (code) => {
    if (supervisor.stopping) return
    console.error(`\n${service.name} stopped (exit ${code}). Its last output:\n${log.join('')}`)
    supervisor.stop(1)
  })
  const probe = service.probe ?? service.url
  service.ready = supervisor
    .waitFor(probe, { timeoutMs: service.timeoutMs ?? 120_000 })
    .then((ok) => {
      if (supervisor.stopping) return
      console.log(
        ok
          ? `  ${service.name.padEnd(18)} ${service.url}`
          : `  ${service.name.padEnd(18)} did not answer at ${service.url} (DEV_VERBOSE=1 shows its output)`,
      )
    })
}
await Promise.all(services.map((s) => s.ready))
// The pair that links an account, from the emulator's credentials table (built above).
const { SANDBOX_CREDENTIALS } = await import(join(root, 'packages/emulator/dist/index.js'))
const login = SANDBOX_CREDENTIALS.success
if (!supervisor.stopping) {
  console.log(
    belvoEnv === emulatorUrl
      ? `\nEverything talks to the local emulator: no keys, no network. In the widget, log in with username "${login.username}" and password "${login.password}"; ${demoUrl}/ lists the credentials for every other outcome.\nCtrl-C stops all.`
      : `\nThe demo server talks to Belvo (${belvoEnv}). Ctrl-C stops all.`,
  )
}
