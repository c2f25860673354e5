// The code blocks of the root README.md, for the checks that compile or run them as written.
import { readFileSync } from 'node:fs'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

/**
 * Every code block in `language` (a regular expression source) under `### heading`, in order.
 * Throws when there is none, so a renamed heading fails the check instead of skipping it.
 * @param {string} heading
 * @param {string} language
 * @returns {string[]}
 */
export function readmeBlocks(heading, language) {
  const section = readme.split(/^### /m).find((part) => part.startsWith(`${heading}\n`))
  const found = [
    ...(section ?? '').matchAll(new RegExp(`\`\`\`${language}\n([\\s\\S]*?)\`\`\``, 'g')),
  ].map((match) => match[1])
  if (!found.length) throw new Error(`README.md has no ${language} block under "### ${heading}"`)
  return found
}

/**
 * The code block in `language` under `### heading` at `index` (the first by default).
 * @param {string} heading
 * @param {string} language
 * @param {number} [index]
 * @returns {string}
 */
export function readmeBlock(heading, language, index = 0) {
  const code = readmeBlocks(heading, language)[index]
  if (code === undefined)
    throw new Error(`README.md has no ${language} block #${index + 1} under "### ${heading}"`)
  return code
}
