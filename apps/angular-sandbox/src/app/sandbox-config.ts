import { InjectionToken } from '@angular/core'

/** Where the sandbox finds "your backend" and Belvo's script. */
export interface SandboxConfig {
  /** The demo server: `POST /api/widget-token`, `GET /api/links/:id/accounts`. */
  demoServerUrl: string
  /** Belvo's SDK script: the emulator's by default, `https://cdn.belvo.io/belvo-widget-1-stable.js` for real. */
  sdkSrc: string
}

export const SANDBOX_CONFIG = new InjectionToken<SandboxConfig>('SANDBOX_CONFIG')

const DEFAULTS: SandboxConfig = {
  demoServerUrl: 'http://127.0.0.1:5101',
  sdkSrc: 'http://127.0.0.1:5100/belvo-widget-1-stable.js',
}

/**
 * Reads `config.json` next to `index.html` (`public/config.json` in this folder), so one build
 * can be pointed at any demo server and emulator without rebuilding.
 */
export async function loadSandboxConfig(): Promise<SandboxConfig> {
  const response = await fetch('config.json').catch(() => undefined)
  // A dev server answers a missing file with index.html: anything but JSON means "no config".
  const loaded: Partial<SandboxConfig> = response?.ok ? await response.json().catch(() => ({})) : {}
  return { ...DEFAULTS, ...loaded }
}
