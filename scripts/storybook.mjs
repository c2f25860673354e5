#!/usr/bin/env node
// The one Storybook: the React stories at the root (.storybook/), with the Vue and Angular
// Storybooks composed in through `refs`.
//
//   node scripts/storybook.mjs dev     Vue (6007) and Angular (6008) Storybooks first, then the
//                                      root one on $PORT (6006); Ctrl-C stops them all.
//   node scripts/storybook.mjs build   storybook-static/, with the Vue and Angular builds copied
//                                      into storybook-static/vue and storybook-static/angular
//                                      (with CI set, a missing one is an error).
//   node scripts/storybook.mjs check   serves storybook-static/ and checks in headless Chromium
//                                      that the React stories and both composed Storybooks load.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { createSupervisor } from './lib/supervisor.mjs'

const root = new URL('..', import.meta.url).pathname
const port = Number(process.env.PORT) || 6006
// Storybook and its addons are dev dependencies of the React package (pnpm does not hoist them).
const storybookBin = join(root, 'packages/react/node_modules/.bin/storybook')
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' }

// The composed Storybooks; their ports and folders match `refs` in .storybook/main.ts.
const refs = [
  { name: 'Vue', dir: 'packages/vue', port: 6007, folder: 'vue' },
  { name: 'Angular', dir: 'packages/angular', port: 6008, folder: 'angular' },
]

const hasScript = (dir, script) => {
  const manifest = join(root, dir, 'package.json')
  return existsSync(manifest) && !!JSON.parse(readFileSync(manifest, 'utf8')).scripts?.[script]
}

if (!existsSync(storybookBin)) {
  console.error(`Storybook is not installed (${storybookBin}): run pnpm install first.`)
  process.exit(1)
}

const command = process.argv[2]
if (command === 'build') build()
else if (command === 'dev') await dev()
else if (command === 'check') await check()
else {
  console.error('Usage: node scripts/storybook.mjs <dev|build|check>')
  process.exit(2)
}

function build() {
  const out = join(root, 'storybook-static')
  const result = spawnSync(storybookBin, ['build', '-c', '.storybook', '-o', out, '--quiet'], {
    cwd: root,
    env,
    stdio: 'inherit',
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
  // `storybook build` empties its output folder, so the composed builds are copied in after.
  for (const ref of refs) {
    const from = join(root, ref.dir, 'storybook-static')
    const to = join(out, ref.folder)
    if (!existsSync(join(from, 'index.json'))) {
      if (process.env.CI) {
        console.error(
          `The ${ref.name} Storybook is missing (${ref.dir}/storybook-static): build it first.`,
        )
        process.exit(1)
      }
      console.warn(
        `Skipping the ${ref.name} Storybook: ${ref.dir}/storybook-static is missing ` +
          `(build it with \`pnpm --filter ./${ref.dir} run build-storybook\`); ` +
          `its entry in the sidebar will show an error.`,
      )
      continue
    }
    rmSync(to, { recursive: true, force: true })
    cpSync(from, to, { recursive: true })
    console.log(`Copied the ${ref.name} Storybook into storybook-static/${ref.folder}`)
  }
  console.log(`Storybook built in ${out}`)
}

async function dev() {
  const supervisor = createSupervisor()
  const start = (name, cmd, args, cwd) => {
    const child = supervisor.start(cmd, args, { cwd, env, stdio: 'inherit' })
    child.on('exit', (code) => {
      if (!supervisor.stopping) console.warn(`${name} Storybook stopped (exit code ${code}).`)
    })
    return child
  }

  // The root Storybook shows "Something went wrong" for a ref that is not up yet: start the
  // composed ones first and wait for their index.json.
  const waits = refs.map(async (ref) => {
    if (!hasScript(ref.dir, 'storybook')) {
      console.warn(`No ${ref.name} Storybook: ${ref.dir} has no "storybook" script.`)
      return
    }
    const child = start(
      ref.name,
      'pnpm',
      ['--silent', '--filter', `./${ref.dir}`, 'run', 'storybook'],
      root,
    )
    const url = `http://localhost:${ref.port}/index.json`
    if (await supervisor.waitFor(url, { timeoutMs: 240_000, child, accept: (res) => res.ok }))
      console.log(`${ref.name} Storybook: http://localhost:${ref.port}/`)
    else console.warn(`The ${ref.name} Storybook did not answer at ${url}; starting without it.`)
  })
  await Promise.all(waits)
  if (supervisor.stopping) return
  start(
    'Root',
    storybookBin,
    ['dev', '-c', '.storybook', '-p', String(port), '--ci', '--no-open'],
    root,
  )
}

async function check() {
  const { createServer } = await import('node:http')
  const { readFile } = await import('node:fs/promises')
  const { extname } = await import('node:path')
  const kit = join(root, 'tooling/e2e-kit/dist/index.js')
  const { launchChromium } = await import(kit).catch((error) => {
    console.error(`Cannot load ${kit}: run \`pnpm build\` first.\n${error.message}`)
    process.exit(1)
  })
  const out = join(root, 'storybook-static')
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.json': 'application/json',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
    '.woff2': 'font/woff2',
  }
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname)
    if (path.endsWith('/')) path += 'index.html'
    try {
      const body = await readFile(join(out, path))
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' })
      res.end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${server.address().port}`
  const browser = await launchChromium()
  const failures = []
  try {
    // Each Storybook's own index lists its stories…
    for (const [name, path] of [['React', ''], ...refs.map((r) => [r.name, `${r.folder}/`])]) {
      const res = await fetch(`${base}/${path}index.json`)
      const entries = res.ok ? Object.keys((await res.json()).entries ?? {}) : []
      if (entries.length === 0) failures.push(`${name}: no stories at /${path}index.json`)
      else console.log(`${name}: ${entries.length} entries`)
    }
    // …and the composed sidebar shows all three, with no ref failing to load.
    const page = await browser.newPage()
    await page.goto(`${base}/`)
    for (const ref of refs) {
      try {
        await page.getByText(ref.name, { exact: true }).first().waitFor({ timeout: 30_000 })
      } catch {
        failures.push(`${ref.name} is missing from the composed sidebar`)
      }
    }
    if (await page.getByText('Something went wrong').count()) {
      failures.push('a composed Storybook failed to load ("Something went wrong")')
    }
  } finally {
    await browser.close()
    server.close()
  }
  if (failures.length) {
    console.error(`Storybook check failed:\n- ${failures.join('\n- ')}`)
    process.exit(1)
  }
  console.log(
    'Storybook check passed: React stories with the Vue and Angular Storybooks composed in.',
  )
}
