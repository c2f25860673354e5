import { execFile } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)
const workspace = fileURLToPath(new URL('../../../', import.meta.url))

/** What {@link installPackedPackages} installed. */
export interface PackedProject {
  /** The project's folder. */
  dir: string
  /** Each packed package's tarball, by package name. */
  tarballs: Record<string, string>
}

/**
 * Makes `dir` a fresh project (outside the workspace) that depends on the workspace packages
 * `names` as their `pnpm pack` tarballs: the files npm would publish, with `workspace:*` ranges
 * replaced, and no workspace links. A tarball's own `@belvo-widget/*` dependencies resolve to the
 * other tarballs. `dependencies` are what else the project needs from the registry (a binding's
 * peers, TypeScript); name the versions the workspace uses, so pnpm's store already has them.
 * The packages must be built (`pnpm turbo run build --filter <package>`).
 *
 * @example
 * ```ts
 * const { dir } = await installPackedPackages(mkdtempSync(join(tmpdir(), 'app-')), ['@belvo-widget/core'], {
 *   typescript: '5.9.3',
 * })
 * ```
 */
export async function installPackedPackages(
  dir: string,
  names: string[],
  dependencies: Record<string, string> = {},
): Promise<PackedProject> {
  const destination = join(dir, 'packed')
  mkdirSync(destination, { recursive: true })
  const tarballs: Record<string, string> = {}
  // One after the other: pnpm pack of the Angular package reads its dist/ as it is.
  for (const name of names) {
    const cwd = join(workspace, 'packages', name.replace(/^@belvo-widget\//, ''))
    const { stdout } = await run('pnpm', ['pack', '--pack-destination', destination, '--json'], {
      cwd,
    })
    tarballs[name] = `file:${(JSON.parse(stdout) as { filename: string }).filename}`
  }
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'packed-consumer',
        private: true,
        type: 'module',
        dependencies: { ...tarballs, ...dependencies },
      },
      null,
      2,
    ),
  )
  // Overrides, so that e.g. the React binding's `@belvo-widget/core: ^0.1.0` is core's tarball.
  writeFileSync(
    join(dir, 'pnpm-workspace.yaml'),
    `overrides:\n${Object.entries(tarballs)
      .map(([name, spec]) => `  '${name}': '${spec}'\n`)
      .join('')}`,
  )
  // No lockfile to keep: CI's `CI=true` would otherwise make pnpm insist on a frozen one.
  await run('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile'], { cwd: dir })
  return { dir, tarballs }
}
