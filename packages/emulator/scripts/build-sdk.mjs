// Bundles the emulated SDK (src/sdk/browser-entry.ts) into the IIFE the emulator serves as
// /belvo-widget-1-stable.js. Run after tsdown by `pnpm build`; the server also calls
// bundleSdk() when it runs from TypeScript sources, so edits show up without a rebuild.
import { mkdir, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

const root = new URL('..', import.meta.url)
export const SDK_OUTFILE = fileURLToPath(new URL('dist/sdk/belvo-widget-1-stable.js', root))

/** @returns {Promise<string>} the minified script */
export async function bundleSdk() {
  const { build } = await import('esbuild')
  const result = await build({
    entryPoints: [fileURLToPath(new URL('src/sdk/browser-entry.ts', root))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    legalComments: 'none',
    write: false,
    banner: {
      js: '/* @belvo-widget/emulator: emulated Belvo Connect widget SDK, not Belvo software */',
    },
  })
  return result.outputFiles[0].text
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const code = await bundleSdk()
  await mkdir(new URL('dist/sdk/', root), { recursive: true })
  await writeFile(SDK_OUTFILE, code)
  console.log(`belvo-widget-1-stable.js: ${(code.length / 1024).toFixed(1)} kB`)
}
