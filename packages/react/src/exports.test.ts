import { resolve } from 'node:path'
import * as core from '@belvo-widget/core'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import * as react from './index.ts'

// The names each module exports, types included, as TypeScript resolves them for an app.
const exportedNames = (...files: string[]) => {
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    customConditions: ['@belvo-widget/source'],
    noEmit: true,
    jsx: ts.JsxEmit.ReactJSX,
  })
  const checker = program.getTypeChecker()
  return files.map((file) => {
    const source = program.getSourceFile(file)
    if (!source) throw new Error(`TypeScript did not read ${file}`)
    return checker.getExportsOfModule(checker.getSymbolAtLocation(source)!).map((s) => s.name)
  })
}

describe('the package entry', () => {
  it("re-exports all of core's API, so an app installs one package", () => {
    for (const name of Object.keys(core)) expect(react).toHaveProperty(name, core[name as never])
  })

  // TypeScript reads both packages' sources: seconds on a busy machine.
  it("re-exports every type of core's main entry too", { timeout: 60_000 }, () => {
    const [ours, cores] = exportedNames(
      resolve(__dirname, 'index.ts'),
      resolve(__dirname, '../../core/src/index.ts'),
    )
    expect(cores!.length).toBeGreaterThan(30)
    expect(cores!.filter((name) => !ours!.includes(name))).toEqual([])
  })
})
