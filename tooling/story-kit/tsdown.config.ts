import { defineConfig } from 'tsdown'
import { libraryConfig } from '../../tsdown.preset.ts'

// ESM only: the Storybooks (Vite and Angular's webpack) import it; Vite reads the sources.
export default defineConfig(libraryConfig({ format: ['esm'], platform: 'browser' }))
