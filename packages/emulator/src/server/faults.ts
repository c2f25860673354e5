import { EmulatorError } from './errors.ts'

/** Switches that make the emulator slow or broken on purpose, for reliability tests. */
export interface EmulatorFaults {
  /** Delay before the SDK script is answered. */
  scriptLatencyMs: number
  /** Delay before `POST /api/token/` is answered. */
  tokenLatencyMs: number
  /** `'error'` answers the script with HTTP 500; `'hang'` never answers. */
  scriptFault: 'none' | 'error' | 'hang'
  /** Makes `POST /api/token/` answer 401 or 500 whatever the request. */
  tokenFault: 'none' | 401 | 500
}

export const NO_FAULTS: EmulatorFaults = {
  scriptLatencyMs: 0,
  tokenLatencyMs: 0,
  scriptFault: 'none',
  tokenFault: 'none',
}

const latency = (name: string, value: unknown): number => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new EmulatorError(
      'INVALID_OPTION',
      `${name} must be a number of milliseconds ≥ 0, got ${JSON.stringify(value)}.`,
    )
  }
  return value
}

/**
 * Checks a partial fault update (from options, CLI flags or the control route) and merges
 * it into `current`. Unknown keys are an error so a typo does not silently do nothing.
 */
export function mergeFaults(current: EmulatorFaults, partial: unknown): EmulatorFaults {
  if (!partial || typeof partial !== 'object' || Array.isArray(partial)) {
    throw new EmulatorError(
      'INVALID_OPTION',
      'Faults must be an object, e.g. { "scriptFault": "error" }.',
    )
  }
  const next = { ...current }
  for (const [key, value] of Object.entries(partial)) {
    if (value === undefined) continue
    switch (key) {
      case 'scriptLatencyMs':
      case 'tokenLatencyMs':
        next[key] = latency(key, value)
        break
      case 'scriptFault':
        if (value !== 'none' && value !== 'error' && value !== 'hang') {
          throw new EmulatorError(
            'INVALID_OPTION',
            `scriptFault must be 'none', 'error' or 'hang', got ${JSON.stringify(value)}.`,
          )
        }
        next.scriptFault = value
        break
      case 'tokenFault': {
        const v = value === '401' ? 401 : value === '500' ? 500 : value
        if (v !== 'none' && v !== 401 && v !== 500) {
          throw new EmulatorError(
            'INVALID_OPTION',
            `tokenFault must be 'none', 401 or 500, got ${JSON.stringify(value)}.`,
          )
        }
        next.tokenFault = v
        break
      }
      default:
        throw new EmulatorError(
          'INVALID_OPTION',
          `Unknown fault "${key}". Known: scriptLatencyMs, tokenLatencyMs, scriptFault, tokenFault.`,
        )
    }
  }
  return next
}
