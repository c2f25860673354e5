import { DEFAULT_DEMO_LINKS, type DemoLink } from './landing.ts'

/** The emulator's default address and keys: what the demo uses when nothing else is set. */
export const EMULATOR_URL = 'http://127.0.0.1:5100'
export const EMULATOR_SECRET_ID = 'emulator-secret-id'
export const EMULATOR_SECRET_PASSWORD = 'emulator-secret-password'

export interface DemoServerOptions {
  /** Default 5101; 0 picks a free port. */
  port?: number
  /** Default `127.0.0.1`. */
  host?: string
  /** `sandbox`, `production` or a base URL. Default `BELVO_ENV`, else the emulator. */
  belvoEnv?: string
  /** Default `BELVO_SECRET_ID`, else the emulator's key. */
  secretId?: string
  /** Default `BELVO_SECRET_PASSWORD`, else the emulator's key. */
  secretPassword?: string
  /**
   * The apps the root page links to. Default `DEMO_LINKS` (JSON `[{ name, url }]`, set by
   * `pnpm dev`), else the sandboxes and Storybook on `pnpm dev`'s default ports.
   */
  links?: DemoLink[]
}

export interface ResolvedDemoConfig {
  belvoEnv: string
  secretId: string
  secretPassword: string
  links: DemoLink[]
}

function linksFromEnv(): DemoLink[] | undefined {
  const json = fromEnv('DEMO_LINKS')
  if (!json) return undefined
  const links = JSON.parse(json)
  if (
    !Array.isArray(links) ||
    !links.every((l) => typeof l?.name === 'string' && typeof l?.url === 'string')
  ) {
    throw new Error(`DEMO_LINKS must be a JSON list of { "name", "url" }, got ${json}`)
  }
  return links
}

function fromEnv(name: string): string | undefined {
  const value = process.env[name]
  return value === '' ? undefined : value
}

/** Options, then the environment, then the emulator; real Belvo never gets the emulator's keys. */
export function resolveDemoConfig(options: DemoServerOptions = {}): ResolvedDemoConfig {
  const belvoEnv = options.belvoEnv ?? fromEnv('BELVO_ENV') ?? EMULATOR_URL
  const secretId = options.secretId ?? fromEnv('BELVO_SECRET_ID')
  const secretPassword = options.secretPassword ?? fromEnv('BELVO_SECRET_PASSWORD')
  const realBelvo = belvoEnv === 'sandbox' || belvoEnv === 'production'
  if (realBelvo && (!secretId || !secretPassword)) {
    throw new Error(
      `BELVO_ENV=${belvoEnv} needs your own keys: set BELVO_SECRET_ID and BELVO_SECRET_PASSWORD ` +
        "(Belvo's dashboard → Developers → API keys), or unset BELVO_ENV to use the emulator.",
    )
  }
  return {
    belvoEnv,
    secretId: secretId ?? EMULATOR_SECRET_ID,
    secretPassword: secretPassword ?? EMULATOR_SECRET_PASSWORD,
    links: options.links ?? linksFromEnv() ?? DEFAULT_DEMO_LINKS,
  }
}
