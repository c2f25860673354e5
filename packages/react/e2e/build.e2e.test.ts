// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const dist = (file: string) => new URL(`../dist/${file}`, import.meta.url)

// Next.js App Router only treats the package as client code if the directive survives bundling.
// Runs on the build (`test:e2e` runs after `build`).
describe('build', () => {
  it.each(['index.js', 'index.cjs'])("%s starts with 'use client'", (file) => {
    expect(readFileSync(dist(file), 'utf8')).toMatch(/^["']use client["'];?\n/)
  })
})
