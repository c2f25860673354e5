#!/usr/bin/env node
// Copies the root README's TypeScript blocks as they are into .generated/types/ (git-ignored),
// which `typecheck` compiles under strict settings against the packages' published types: the
// e2e suite runs the examples, but Vite strips their types without checking them. Each file gets
// the reader's own names the block uses (`saveLink`, `page`, …) declared, and nothing else. The
// Angular block is compiled by the Angular CLI in the e2e suite and the mobile blocks by
// @belvo-widget/react-native's typecheck.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { readmeBlock } from '../../../scripts/lib/readme.mjs'

const saveLink = 'declare function saveLink(link: string, institution?: string): Promise<void>'
const checked = [
  ['your-server.ts', 'Your server', 'ts', 0, ''],
  ['plain-javascript.ts', 'Plain JavaScript', 'ts', 0, saveLink],
  ['react.tsx', 'React', 'tsx', 0, saveLink],
  ['testing-jsdom.ts', 'Testing your integration', 'ts', 0, ''],
  [
    'testing-playwright.ts',
    'Testing your integration',
    'ts',
    1,
    [
      "import { expect, type Page } from '@playwright/test'",
      "import { linkAccount } from '@belvo-widget/emulator/playwright'",
      'declare const page: Page',
    ].join('\n'),
  ],
  [
    'hosted-web-page.ts',
    'A web page (inferred)',
    'ts',
    0,
    [
      saveLink,
      'declare const access_token: string',
      'declare const callbackUrls: { success: string; exit: string; error: string }',
    ].join('\n'),
  ],
]

const out = new URL('../.generated/types/', import.meta.url)
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
for (const [file, heading, language, index, prelude] of checked) {
  const code = readmeBlock(heading, language, index)
  writeFileSync(
    new URL(file, out),
    `// From README.md ("### ${heading}"), as written; the reader's own names declared first.\n${prelude}\n${code}\nexport {}\n`,
  )
}
