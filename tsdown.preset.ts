import type { UserConfig } from 'tsdown'

/**
 * The one build preset every library package uses: ESM + CJS + declarations,
 * unminified (consumers minify), tree-shakeable, targeting evergreen browsers and Node 20.
 */
export function libraryConfig(overrides: UserConfig = {}): UserConfig {
  return {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    ...overrides,
  }
}
