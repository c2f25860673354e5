// Collects the "size-limit" entries every workspace package declares in its package.json, so
// each package owns its budgets and `pnpm size` measures them all (min + gzip, frameworks external).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const entries = []
for (const dir of ['packages']) {
  for (const name of readdirSync(dir).sort()) {
    const manifest = join(dir, name, 'package.json')
    if (!existsSync(manifest)) continue
    for (const entry of JSON.parse(readFileSync(manifest, 'utf8'))['size-limit'] ?? []) {
      const path = join(dir, name, entry.path)
      if (!existsSync(path))
        throw new Error(`${path} is missing: run \`pnpm build\` before \`pnpm size\`.`)
      entries.push({ gzip: true, ...entry, path })
    }
  }
}
export default entries
