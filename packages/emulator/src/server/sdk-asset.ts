import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { EmulatorError } from './errors.ts'

let cached: Promise<string> | undefined

const here = import.meta.url

/**
 * The emulated SDK script. Built packages read `dist/sdk/belvo-widget-1-stable.js` (bundled by
 * `pnpm build`); when this module runs from TypeScript sources the script is bundled from
 * `src/sdk` on first use, so tests and `pnpm dev` see edits without a rebuild.
 */
export function loadSdkScript(): Promise<string> {
  cached ??= (async () => {
    if (here.endsWith('.ts')) {
      const script = '../../scripts/build-sdk.mjs'
      const { bundleSdk } = (await import(/* @vite-ignore */ script)) as {
        bundleSdk: () => Promise<string>
      }
      return bundleSdk()
    }
    const path = fileURLToPath(new URL('./sdk/belvo-widget-1-stable.js', here))
    try {
      return await readFile(path, 'utf8')
    } catch {
      throw new EmulatorError(
        'SDK_ASSET_MISSING',
        `The emulated SDK is missing at ${path}. Run \`pnpm --filter @belvo-widget/emulator build\`.`,
      )
    }
  })()
  cached.catch(() => {
    cached = undefined
  })
  return cached
}
