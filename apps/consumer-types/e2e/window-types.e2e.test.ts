import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { installPackedPackages } from '@belvo-widget/e2e-kit'
import type * as TS from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Apps that embed Belvo's widget declare `window.belvoSDK` themselves, as `any` or as a type of
// their own. Each app below is a fresh project with its own tsconfig that installs our packages
// as their packed tarballs (what npm gives a user), declares the global its way, imports every
// package, and must type-check with and without skipLibCheck (the clash, when there is one, is
// reported in the app's own file, where skipLibCheck does not reach).

const PACKAGES = [
  '@belvo-widget/core',
  '@belvo-widget/react',
  '@belvo-widget/vue',
  '@belvo-widget/angular',
  '@belvo-widget/element',
  '@belvo-widget/emulator',
]
// The bindings' peers and TypeScript, at the versions this workspace uses.
const PEERS = [
  'react',
  'react-dom',
  '@types/react',
  'vue',
  '@angular/core',
  '@angular/common',
  'rxjs',
  'typescript',
]
const require = createRequire(import.meta.url)
const versionOf = (name: string) =>
  (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string })
    .version

/** Imports and uses every package, so that every package's types are read. */
const USES_EVERY_PACKAGE = `
import { createBelvoWidget, loadBelvoSdk, type BelvoSdk } from '@belvo-widget/core'
import { buildHostedWidgetUrl } from '@belvo-widget/core/hosted'
import { useBelvoWidget } from '@belvo-widget/react'
import { BelvoWidgetPlugin } from '@belvo-widget/vue'
import { BelvoWidgetDirective } from '@belvo-widget/angular'
import '@belvo-widget/element/define'
import { installBelvoEmulator } from '@belvo-widget/emulator/testing'

export const widget = createBelvoWidget({
  token: () => fetch('/api/widget-token', { method: 'POST' }),
  locale: 'en',
  onSuccess: (link: string, institution: string) => console.log(link, institution),
})
// The packages' own types still hold: Belvo's widget has no 'fr' locale.
// @ts-expect-error
createBelvoWidget({ token: 'token', locale: 'fr' })
export const sdk: Promise<BelvoSdk> = loadBelvoSdk()
export const hosted: string = buildHostedWidgetUrl({ access_token: 'token', locale: 'pt' })
export const element = document.createElement('belvo-widget')
element.open()
export const uses = [useBelvoWidget, BelvoWidgetPlugin, BelvoWidgetDirective, installBelvoEmulator]
`

/** Each app: its files. `app.ts` is where it declares (or not) and uses the global. */
const APPS: Record<string, Record<string, string>> = {
  // The most common form: a global declaration file, no import, no export.
  'declares belvoSDK: any': {
    'src/globals.d.ts': 'interface Window {\n  belvoSDK: any\n}\n',
    'src/app.ts': `${USES_EVERY_PACKAGE}
window.belvoSDK.createWidget('token', { callback: () => {} }).build()
`,
  },
  'declares belvoSDK as a type of its own': {
    'src/app.ts': `${USES_EVERY_PACKAGE}
interface OwnBelvoWidget {
  build(): void
}
declare global {
  interface Window {
    belvoSDK: { createWidget(config: { callback(link: { id: string }): void }): OwnBelvoWidget }
  }
}
window.belvoSDK.createWidget({ callback: (link) => console.log(link.id) }).build()
`,
  },
  'declares belvoSDK with core’s BelvoSdk type': {
    'src/app.ts': `${USES_EVERY_PACKAGE}
declare global {
  interface Window {
    belvoSDK?: BelvoSdk
  }
}
window.belvoSDK?.createWidget('token', { callback: (link, institution) => console.log(link, institution) }).build()
// Belvo's SDK takes the access token first.
// @ts-expect-error
window.belvoSDK?.createWidget({ callback: () => {} })
`,
  },
  'declares no belvoSDK': {
    'src/app.ts': `${USES_EVERY_PACKAGE}
const belvo = await loadBelvoSdk()
belvo.createWidget('token', { callback: (link, institution) => console.log(link, institution) }).build()
// Belvo's SDK takes the access token first.
// @ts-expect-error
belvo.createWidget({ callback: () => {} })
// Core declares no global of its own: the app reads the SDK from loadBelvoSdk().
// @ts-expect-error
window.belvoSDK
`,
  },
}

/**
 * A Vite app's tsconfig (as create-vite writes it), with `skipLibCheck` as given. TypeScript's own
 * lib files are not checked either way (`skipDefaultLibCheck`): they hold no package's types,
 * and checking them would only make each run slower.
 */
const tsconfig = (skipLibCheck: boolean) => ({
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    module: 'ESNext',
    moduleResolution: 'bundler',
    moduleDetection: 'force',
    verbatimModuleSyntax: true,
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    skipLibCheck,
    skipDefaultLibCheck: true,
    types: [],
  },
  include: ['src'],
})

let root: string
let ts: typeof TS
// Installed files parsed once for all the apps, as an editor's language service does.
const parsed = new Map<string, TS.SourceFile>()

beforeAll(async () => {
  // Outside the workspace, so nothing resolves to its packages' sources.
  root = mkdtempSync(join(tmpdir(), 'belvo-consumer-types-'))
  const peers = Object.fromEntries(PEERS.map((name) => [name, versionOf(name)]))
  await installPackedPackages(root, PACKAGES, peers)
  // The app's own TypeScript, as its `tsc` would run.
  ts = createRequire(join(root, 'package.json'))('typescript')
})

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true })
})

/** Writes the app `name` with `skipLibCheck` and type-checks it as `tsc -p` would: the errors. */
function typeCheck(name: string, skipLibCheck: boolean): string {
  // Each app sits inside the installed project, so its imports resolve to the tarballs.
  const dir = join(root, 'apps', `${name.replace(/\W+/g, '-')}-${skipLibCheck}`)
  for (const [file, text] of Object.entries(APPS[name]!)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    writeFileSync(join(dir, file), text)
  }
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig(skipLibCheck), null, 2))
  const config = ts.getParsedCommandLineOfConfigFile(join(dir, 'tsconfig.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
    },
  })!
  const host = ts.createCompilerHost(config.options)
  const read = host.getSourceFile
  host.getSourceFile = (file, ...rest) => {
    if (file.startsWith(dir)) return read(file, ...rest)
    if (!parsed.has(file)) parsed.set(file, read(file, ...rest)!)
    return parsed.get(file)
  }
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, host })
  return ts.formatDiagnostics(ts.getPreEmitDiagnostics(program), host)
}

describe('an app’s own Window.belvoSDK beside the packed packages', () => {
  for (const name of Object.keys(APPS)) {
    for (const skipLibCheck of [false, true]) {
      it(`${name}, skipLibCheck ${skipLibCheck}: type-checks`, () => {
        expect(typeCheck(name, skipLibCheck)).toBe('')
      })
    }
  }
})
