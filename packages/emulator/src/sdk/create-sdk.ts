import { parseWidgetConfig, WidgetStartError } from './config.ts'
import type { PayloadStyle, WidgetBackend } from './types.ts'
import { Widget } from './widget.ts'

/** `window.belvoSDK` as Belvo documents it. */
export interface BelvoSdk {
  createWidget(accessToken: string, config: object): { build(): void }
}

export interface CreateSdkOptions {
  window: Window & typeof globalThis
  backend: WidgetBackend
  payloadStyle?: PayloadStyle | undefined
  /** How long the success screen shows before `callback` fires. */
  successDelayMs?: number | undefined
  /** Called for every `createWidget` call, before anything is checked. */
  onCreateWidget?: (token: string, config: object) => void
  /** Called for every widget that `build()` mounted. */
  onBuild?: (widget: Widget) => void
}

/**
 * Builds the emulated `belvoSDK`. The served script and the testing entry both call this;
 * they differ only in the backend (HTTP to the emulator, or memory).
 */
export function createBelvoSdk(options: CreateSdkOptions): BelvoSdk {
  let nextId = 1
  return {
    createWidget(accessToken, config) {
      options.onCreateWidget?.(accessToken, config)
      return {
        build() {
          const doc = options.window.document
          const mount = doc.getElementById('belvo')
          if (!mount) {
            const error = new WidgetStartError(
              'belvoSDK: no element with id "belvo" was found, so the widget will not start. ' +
                'Add <div id="belvo"></div> to the page before calling build().',
            )
            console.error(error.message)
            throw error
          }
          let parsed: ReturnType<typeof parseWidgetConfig>
          try {
            parsed = parseWidgetConfig(config)
          } catch (error) {
            console.error((error as Error).message)
            throw error
          }
          const widget = new Widget({
            window: options.window,
            token: typeof accessToken === 'string' ? accessToken : '',
            config: parsed,
            backend: options.backend,
            payloadStyle: options.payloadStyle,
            successDelayMs: options.successDelayMs,
            id: nextId++,
          })
          options.onBuild?.(widget)
          widget.start(mount)
        },
      }
    },
  }
}
