import { defineConfig } from 'tsdown'
import { libraryConfig } from '../../tsdown.preset.ts'

export default defineConfig(
  libraryConfig({
    // Keeps the Next.js App Router boundary: the hooks only run in client components.
    outputOptions: { banner: "'use client';" },
    external: ['react', 'react-dom', '@belvo-widget/core'],
  }),
)
