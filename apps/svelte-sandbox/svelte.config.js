import { vitePreprocess } from '@sveltejs/vite-plugin-svelte'

/** TypeScript in `<script lang="ts">`, through Vite. */
export default { preprocess: vitePreprocess() }
