#!/usr/bin/env node
// `pnpm size`: min+gzip size of every package entry, as a table, failing when one is over budget.
// Sizes come from size-limit (esbuild bundle, minified, gzip level 9); packages must be built.
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { printTable } from './lib/table.mjs'

const require = createRequire(import.meta.url)
const cli = require.resolve('size-limit/package.json').replace(/package\.json$/, 'bin.js')
let output
try {
  output = execFileSync(process.execPath, [cli, '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
} catch (error) {
  // size-limit exits non-zero when a budget is exceeded but still prints its JSON.
  output = error.stdout
  if (!output) throw error
}
const results = JSON.parse(output)
if (!Array.isArray(results)) {
  console.error(results.error ?? output)
  process.exit(1)
}
const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`
const rows = results.map((r) => [
  r.name,
  kb(r.size),
  r.sizeLimit ? kb(r.sizeLimit) : '–',
  r.passed === false ? 'OVER' : 'ok',
])
printTable(['entry (min+gz, frameworks external)', 'size', 'budget', ''], rows)
const over = results.filter((r) => r.passed === false)
if (over.length) {
  console.error(
    `\n${over.length} entr${over.length === 1 ? 'y is' : 'ies are'} over budget: ${over.map((r) => r.name).join(', ')}`,
  )
  process.exit(1)
}
