import { fileURLToPath } from 'node:url'
import type { NextConfig } from 'next'

// The workspace root, so Turbopack and the output tracing follow pnpm's links out of this folder.
// In an app of your own (outside this monorepo) leave both out.
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url))

const config: NextConfig = {
  turbopack: { root: workspaceRoot },
  outputFileTracingRoot: workspaceRoot,
}

export default config
