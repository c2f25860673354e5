import { runInNewContext } from 'node:vm'
import * as server from '@belvo-widget/server'
import { build, type Metafile } from 'esbuild'
import { describe, expect, it } from 'vitest'

async function bundle(platform: 'browser' | 'node', contents: string) {
  const result = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    platform,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: platform === 'node' ? ['cpf-cnpj-validator'] : [],
  })
  return { code: result.outputFiles[0]!.text, metafile: result.metafile as Metafile }
}

const useHandler =
  "import { createBelvoTokenHandler } from '@belvo-widget/server'\nglobalThis.h = createBelvoTokenHandler\n"

describe('@belvo-widget/server in a bundle', () => {
  it('a browser bundle keeps the guard and stops with a clear error as soon as it runs', async () => {
    const { code } = await bundle('browser', useHandler)
    expect(code).not.toContain('/api/token/')
    expect(() => runInNewContext(code.replace(/^export .*$/m, ''), {})).toThrow(
      /bundled for a browser.*server only/,
    )
  })

  it('the guard offers every name the real entry exports, so imports link to it', async () => {
    const { metafile } = await bundle('browser', "export * from '@belvo-widget/server'")
    const exported = Object.values(metafile.outputs)[0]!.exports
    expect([...exported].sort()).toEqual(Object.keys(server).sort())
  })

  it('a server bundle gets the real handler', async () => {
    const { code } = await bundle('node', useHandler)
    expect(code).toContain('/api/token/')
  })
})
