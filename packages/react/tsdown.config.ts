import { defineConfig } from 'tsdown'
import { libraryConfig } from '../../tsdown.preset.ts'

export default defineConfig(
  libraryConfig({
    // Keeps the Next.js App Router boundary: the hooks only run in client components. Not in the
    // type declarations, where a directive is a statement TypeScript refuses without skipLibCheck.
    outputOptions: {
      banner: (chunk) => (/\.d\.c?ts$/.test(chunk.fileName) ? '' : "'use client';"),
    },
    external: ['react', 'react-dom', '@belvo-widget/core'],
  }),
)
