#!/usr/bin/env node
// Are the types wrong? on the tarball `pnpm publish` would upload: packs the package in the
// current folder (or in the folder given first, such as Angular's dist/) with `pnpm pack`, which
// also rewrites `workspace:*` ranges as publishing does, then runs attw on that tarball with the
// remaining options. `attw --pack` would pack with npm, which takes seconds in this workspace.
//
//   node ../../scripts/attw.mjs --profile node16
//   node ../../scripts/attw.mjs dist --profile esm-only
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const args = process.argv.slice(2)
const dir = resolve(args[0] && !args[0].startsWith('-') ? args.shift() : '.')
const attw = join(import.meta.dirname, '..', 'node_modules', '.bin', 'attw')

const into = mkdtempSync(join(tmpdir(), 'attw-'))
let status = 1
try {
  execFileSync('pnpm', ['pack', '--pack-destination', into], { cwd: dir, stdio: 'ignore' })
  const tarball = readdirSync(into).find((file) => file.endsWith('.tgz'))
  if (!tarball) throw new Error(`pnpm pack in ${dir} wrote no tarball to ${into}`)
  status = spawnSync(attw, [join(into, tarball), ...args], { stdio: 'inherit' }).status ?? 1
} finally {
  rmSync(into, { recursive: true, force: true })
}
process.exit(status)
