/** Every code block in `language` (a regular expression source) under `### heading`, in order. */
export function readmeBlocks(heading: string, language: string): string[]
