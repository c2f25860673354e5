/** Every code block in `language` (a regular expression source) under `### heading`, in order. */
export function readmeBlocks(heading: string, language: string): string[]
/** The code block in `language` under `### heading` at `index` (the first by default). */
export function readmeBlock(heading: string, language: string, index?: number): string
