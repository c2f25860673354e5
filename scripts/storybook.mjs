#!/usr/bin/env node
// The one Storybook: the React stories at the root (.storybook/), with every package that
// declares a Storybook (a "storybook": { "title", "port" } field in its package.json and a
// "build-storybook" script; see .storybook/refs.mjs) composed in through `refs`.
//
//   node scripts/storybook.mjs dev     the composed Storybooks first (each on its declared port),
//                                      then the root one on $PORT (6006); Ctrl-C stops them all.
//   node scripts/storybook.mjs build   storybook-static/, with each composed build copied into
//                                      storybook-static/<package folder> (with CI set, a missing
//                                      one is an error).
//   node scripts/storybook.mjs check   serves storybook-static/ over HTTP on 127.0.0.1 and runs
//                                      every story's play function and every docs page of every
//                                      Storybook in headless Chromium (e2e/storybook.e2e.test.ts),
//                                      then starts `dev` and runs two stories per framework in the
//                                      composed sidebar (e2e/storybook-dev.e2e.test.ts).
//   node scripts/storybook.mjs check static|dev   one of the two (`pnpm test` runs `static`).
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { OPTIONAL_REF_FILES } from '../.storybook/ref-middleware.mjs'
import { composedStorybooks } from '../.storybook/refs.mjs'
import { createSupervisor } from './lib/supervisor.mjs'

const root = new URL('..', import.meta.url).pathname
const port = Number(process.env.PORT) || 6006
// Storybook and its addons are dev dependencies of the React package (pnpm does not hoist them).
const storybookBin = join(root, 'packages/react/node_modules/.bin/storybook')
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' }

const refs = composedStorybooks(root)

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
else if (command === 'check') check()
else {
  console.error('Usage: node scripts/storybook.mjs <dev|build|check [static|dev]>')
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
    const to = join(out, ref.id)
    if (!existsSync(join(from, 'index.json'))) {
      if (process.env.CI) {
        console.error(
          `The ${ref.title} Storybook is missing (${ref.dir}/storybook-static): build it first.`,
        )
        process.exit(1)
      }
      console.warn(
        `Skipping the ${ref.title} Storybook: ${ref.dir}/storybook-static is missing ` +
          `(build it with \`pnpm --filter ./${ref.dir} run build-storybook\`); ` +
          `its entry in the sidebar will show an error.`,
      )
      continue
    }
    rmSync(to, { recursive: true, force: true })
    cpSync(from, to, { recursive: true })
    // The files the manager asks every ref for besides index.json (.storybook/ref-middleware.mjs).
    for (const file of OPTIONAL_REF_FILES) writeFileSync(join(to, file), '{}')
    console.log(`Copied the ${ref.title} Storybook into storybook-static/${ref.id}`)
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
      console.warn(`No ${ref.title} Storybook: ${ref.dir} has no "storybook" script.`)
      return
    }
    const child = start(
      ref.title,
      'pnpm',
      ['--silent', '--filter', `./${ref.dir}`, 'run', 'storybook'],
      root,
    )
    const url = `http://localhost:${ref.port}/index.json`
    if (await supervisor.waitFor(url, { timeoutMs: 240_000, child, accept: (res) => res.ok }))
      console.log(`${ref.title} Storybook: http://localhost:${ref.port}/`)
    else console.warn(`The ${ref.title} Storybook did not answer at ${url}; starting without it.`)
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

function check() {
  const only = { static: 'e2e/storybook.e2e.test.ts', dev: 'e2e/storybook-dev.e2e.test.ts' }
  const which = process.argv[3]
  if (which && !only[which]) {
    console.error('Usage: node scripts/storybook.mjs check [static|dev]')
    process.exit(2)
  }
  const result = spawnSync(
    join(root, 'node_modules/.bin/vitest'),
    ['run', '--config', 'e2e/vitest.config.ts', ...(which ? [only[which]] : [])],
    { cwd: root, env, stdio: 'inherit' },
  )
  process.exit(result.status ?? 1)
}
