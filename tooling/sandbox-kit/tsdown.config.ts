import { defineConfig } from 'tsdown'
import { libraryConfig } from '../../tsdown.preset.ts'

// ESM only: the sandboxes import it (Vite reads the sources, the Angular CLI the build).
export default defineConfig(libraryConfig({ format: ['esm'], platform: 'browser' }))
