#!/usr/bin/env node
// Min+gz size of our packages next to the peers we measure ourselves against: each entry is
// bundled whole (`export *`) by esbuild, minified, its framework left external, gzip level 9.
// Every row is measured here, the same way, from the versions pinned in package.json. Then the
// Angular directives, as `ng build` ships them in an app (below).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { printTable } from '../../scripts/lib/table.mjs'

const require = createRequire(import.meta.url)
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`
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
    rows.push([group, ours ? `**${label}**` : `${label} ${version(specifier)}${note}`, kB(bytes)])
  }
}
printTable(['', 'package (min+gz, framework external)', 'size'], rows)

// The same comparison as an Angular app ships it. esbuild alone keeps what ng-packagr's partial
// compilation leaves in a library (`ɵɵngDeclare*` calls, class metadata, `ngDevMode` branches);
// `ng build` links them, drops the metadata and sets `ngDevMode` to false. angular-app/ holds one
// page three times: a baseline and the same page with each directive on its button. Each is built
// with `ng build` (production), once with Angular and rxjs external (the directive and what it
// brings of its own) and once whole (plus the parts of Angular it uses that the page did not).
const angularApp = join(dirname(new URL(import.meta.url).pathname), 'angular-app')
const ng = join(dirname(require.resolve('@angular/cli/package.json')), 'bin/ng.js')
// main.js's min+gz size, and the minified bytes in it from each input whose path contains `part`.
const appBuild = (project, external, parts = []) => {
  const args = ['build', project, '--stats-json']
  for (const name of external) args.push('--external-dependencies', name)
  const run = spawnSync(process.execPath, [ng, ...args], { cwd: angularApp, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`ng ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`)
  const dist = join(angularApp, 'dist', project)
  const { outputs } = JSON.parse(readFileSync(join(dist, 'stats.json'), 'utf8'))
  const { inputs } = Object.entries(outputs).find(([file]) => file.endsWith('main.js'))[1]
  const minified = parts.map((part) =>
    Object.entries(inputs)
      .filter(([file]) => file.includes(part))
      .reduce((sum, [, input]) => sum + input.bytesInOutput, 0),
  )
  const gz = gzipSync(readFileSync(join(dist, 'browser/main.js')), { level: 9 }).length
  return { gz, minified }
}
const directives = [
  [`ngx-plaid-link ${version('ngx-plaid-link')}`, 'ngx-plaid-link', ['/ngx-plaid-link/']],
  [
    '**@belvo-widget/angular (directive, with core)**',
    'belvo-widget',
    ['packages/angular/', 'packages/core/'],
  ],
]
const external = ['@angular/*', 'rxjs', 'rxjs/*']
const baseline = { whole: appBuild('baseline', []).gz, external: appBuild('baseline', external).gz }
const angularRows = directives.map(([label, project, parts]) => {
  const { gz, minified } = appBuild(project, external, parts)
  return [
    label,
    kB(gz - baseline.external),
    kB(appBuild(project, []).gz - baseline.whole),
    minified.map(kB).join(' + '),
  ]
})
console.log()
printTable(
  [
    'Angular page, `ng build` (production): what the directive adds to main.js',
    'min+gz, Angular external',
    'min+gz, with the Angular it uses',
    'minified: binding + core',
  ],
  angularRows,
)
