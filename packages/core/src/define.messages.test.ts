import { resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// What TypeScript tells an app about a config it keeps in a variable: the words of
// defineBelvoConfig's errors, as an editor or `tsc` prints them (the type tests only show that
// there is an error).
const app = resolve(__dirname, 'config-in-a-variable.app.ts')
const errorsOf = (code: string): string[] => {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
  }
  const host = ts.createCompilerHost(options)
  const { getSourceFile, fileExists, readFile } = host
  host.fileExists = (file) => file === app || fileExists(file)
  host.readFile = (file) => (file === app ? code : readFile(file))
  host.getSourceFile = (file, ...rest) =>
    file === app
      ? ts.createSourceFile(file, code, ts.ScriptTarget.ES2022, true)
      : getSourceFile(file, ...rest)
  const program = ts.createProgram([app], options, host)
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(app))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
}

describe('defineBelvoConfig, as TypeScript words its errors', () => {
  // TypeScript reads core's sources: seconds on a busy machine.
  const timeout = 60_000

  it('a plain string for locale: the values, and how to narrow it', { timeout }, () => {
    const errors = errorsOf(`
      import { defineBelvoConfig } from './index.ts'
      declare const lang: string
      export const config = defineBelvoConfig({ locale: lang || 'en' })
    `)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(
      "locale takes 'es' | 'en' | 'pt', and a plain string is wider: write one of them, or narrow the variable (e.g. lang === 'pt' ? 'pt' : 'en')",
    )
  })

  it('a value Belvo does not take: names the values', { timeout }, () => {
    const errors = errorsOf(`
      import { defineBelvoConfig } from './index.ts'
      export const config = defineBelvoConfig({ institution_types: ['retail', 'banking'] })
    `)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(
      "institution_types takes 'retail' | 'business' | 'fiscal' | 'gig' | 'employment'",
    )
    expect(errors[0]).not.toContain('plain string')
  })

  it('the same variable, narrowed: no error', { timeout }, () => {
    expect(
      errorsOf(`
        import { createBelvoWidget, defineBelvoConfig } from './index.ts'
        declare const lang: string
        const config = defineBelvoConfig({ locale: lang === 'pt' ? 'pt' : 'en', institution_types: ['retail'] })
        export const widget = createBelvoWidget({ ...config, token: 't' })
      `),
    ).toEqual([])
  })
})
