import { BelvoServerError } from './errors.ts'

/** Fails fast where secret keys would be exposed: any page with a DOM. */
export function assertServerRuntime(): void {
  const g = globalThis as { window?: unknown; document?: unknown }
  if (g.window !== undefined && g.document !== undefined && g.window === globalThis) {
    throw new BelvoServerError(
      'browser_runtime',
      '@belvo-widget/server runs on your server only: it holds Belvo secret keys, which must ' +
        'never reach a browser. Call your token endpoint from the page instead.',
    )
  }
}
