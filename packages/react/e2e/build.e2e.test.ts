// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const dist = (file: string) => new URL(`../dist/${file}`, import.meta.url)

// Next.js App Router only treats the package as client code if the directive survives bundling.
// Runs once the package is built (root `pnpm test` builds first).
describe.skipIf(!existsSync(dist('index.js')))('build', () => {
  it.each(['index.js', 'index.cjs'])("%s starts with 'use client'", (file) => {
    expect(readFileSync(dist(file), 'utf8')).toMatch(/^["']use client["'];?\n/)
  })
})
