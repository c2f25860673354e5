#!/usr/bin/env node
// Min+gz size of our packages next to the peers we measure ourselves against: each entry is
// bundled whole (`export *`) by esbuild, minified, its framework left external, gzip level 9.
// Every row is measured here, the same way, from the versions pinned in package.json.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { printTable } from '../../scripts/lib/table.mjs'

const require = createRequire(import.meta.url)
const frameworks = ['react', 'react-dom', 'react/jsx-runtime', 'vue', '@angular/*', 'rxjs', 'tslib']

const groups = [
  [
    'Script loader',
    ['@stripe/stripe-js', '@stripe/stripe-js'],
    ['@belvo-widget/core (loader only)', '@belvo-widget/core', '{ loadBelvoSdk }'],
    ['@belvo-widget/core (everything)', '@belvo-widget/core'],
  ],
  [
    'React',
    ['react-plaid-link', 'react-plaid-link'],
    [
      '@stripe/react-stripe-js',
      '@stripe/react-stripe-js',
      '*',
      ['@stripe/stripe-js'],
      ' (without stripe-js)',
    ],
    ['@paypal/react-paypal-js', '@paypal/react-paypal-js'],
    ['@belvo-widget/react (with core, all exports)', '@belvo-widget/react'],
    [
      '@belvo-widget/react (hook, component, provider)',
      '@belvo-widget/react',
      '{ useBelvoWidget, BelvoWidget, BelvoWidgetProvider }',
    ],
  ],
  [
    'Vue',
    ['@jcss/vue-plaid-link', '@jcss/vue-plaid-link', '*', [], ' (with @vueuse/core)'],
    ['@belvo-widget/vue (with core, all exports)', '@belvo-widget/vue'],
    [
      '@belvo-widget/vue (composable, component, plugin)',
      '@belvo-widget/vue',
      '{ useBelvoWidget, BelvoWidget, BelvoWidgetPlugin }',
    ],
  ],
  [
    'Angular',
    ['ngx-plaid-link', 'ngx-plaid-link'],
    ['@belvo-widget/angular (with core, all exports)', '@belvo-widget/angular'],
    [
      '@belvo-widget/angular (directive, inject, provider)',
      '@belvo-widget/angular',
      '{ BelvoWidgetDirective, injectBelvoWidget, provideBelvoWidget }',
    ],
  ],
]

async function measure(specifier, names = '*', external = []) {
  const result = await build({
    stdin: {
      contents:
        names === '*' ? `export * from '${specifier}'` : `export ${names} from '${specifier}'`,
      resolveDir: dirname(new URL(import.meta.url).pathname),
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    external: [...frameworks, ...external],
    define: { 'process.env.NODE_ENV': '"production"' },
  })
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length
}

// Some packages do not export their package.json: walk up from the resolved entry to it.
const version = (name) => {
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json')
    const manifest = existsSync(file) && JSON.parse(readFileSync(file, 'utf8'))
    if (manifest?.name === name) return manifest.version
  }
  throw new Error(`no package.json named ${name} above ${require.resolve(name)}`)
}

const rows = []
for (const [group, ...entries] of groups) {
  for (const [label, specifier, names, external, note = ''] of entries) {
    const bytes = await measure(specifier, names, external)
    const ours = specifier.startsWith('@belvo-widget/')
    rows.push([
      group,
      ours ? `**${label}**` : `${label} ${version(specifier)}${note}`,
      `${(bytes / 1000).toFixed(2)} kB`,
    ])
  }
}
printTable(['', 'package (min+gz, framework external)', 'size'], rows)
