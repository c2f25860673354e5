// ng-packagr copies package.json as is; replace pnpm's `workspace:` and `catalog:` protocols
// with real ranges (what `pnpm publish` would do) so dist/ is publishable and installable
// with any client.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const file = new URL('../dist/package.json', import.meta.url)
const manifest = JSON.parse(readFileSync(file, 'utf8'))
const workspace = readFileSync(new URL('../../../pnpm-workspace.yaml', import.meta.url), 'utf8')
const catalog = workspace.slice(workspace.indexOf('\ncatalog:'))

const resolve = (name, range) => {
  if (range.startsWith('workspace:')) {
    const { version } = require(`${name}/package.json`)
    const kind = range.slice('workspace:'.length)
    return kind === '*' ? version : kind === '^' || kind === '~' ? kind + version : kind
  }
  if (range === 'catalog:') {
    const line = catalog.match(new RegExp(`\\n\\s+'?${name.replace(/[/.]/g, '\\$&')}'?:\\s*(\\S+)`))
    if (!line)
      throw new Error(`${name} is "catalog:" but pnpm-workspace.yaml's catalog has no entry for it`)
    return line[1]
  }
  return range
}

for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
  for (const [name, range] of Object.entries(manifest[field] ?? {})) {
    manifest[field][name] = resolve(name, range)
  }
}
delete manifest.publishConfig
delete manifest['size-limit']
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`)
