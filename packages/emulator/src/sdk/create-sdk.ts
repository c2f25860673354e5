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
        build(...args: unknown[]) {
          const doc = options.window.document
          const problem =
            callShapeProblem(accessToken, config, args) ??
            (doc.getElementById('belvo')
              ? undefined
              : 'no element with id "belvo" was found, so the widget will not start. ' +
                'Add <div id="belvo"></div> to the page before calling build().')
          let parsed: ReturnType<typeof parseWidgetConfig>
          try {
            if (problem) throw new WidgetStartError(`belvoSDK: ${problem}`)
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
          widget.start(doc.getElementById('belvo')!)
        },
      }
    },
  }
}

const hasCallback = (value: unknown) =>
  typeof (value as { callback?: unknown } | null)?.callback === 'function'

/**
 * What is wrong with how `createWidget(accessToken, config).build()` was called, in the words of
 * Belvo's own "the widget will not start" message; `undefined` when the shape is right.
 */
function callShapeProblem(token: unknown, config: unknown, buildArgs: unknown[]) {
  if (token && typeof token === 'object') {
    return `createWidget takes (accessToken, config), ${
      config === undefined
        ? 'not the config alone'
        : 'and the access token is the `access` string of the token response'
    }, so the widget will not start. Call createWidget(accessToken, { callback: (link, institution) => { … } }).build().`
  }
  if (buildArgs.length && !hasCallback(config)) {
    return 'config.callback is required and build() takes no arguments, so the widget will not start. Call createWidget(accessToken, { callback, onExit, onEvent }).build().'
  }
  return undefined
}

/**
 * Apps written from memory call `window.belvo`, which Belvo's script does not define. Defines it
 * (unless the page has its own) as an object whose `createWidget` says what to call instead,
 * rather than leaving the app with "cannot read properties of undefined". Returns the undo.
 */
export function defineWrongGlobal(win: Window): () => void {
  const host = win as unknown as { belvo?: unknown }
  if ('belvo' in host) return () => {}
  const wrong = {
    createWidget(): never {
      const error = new WidgetStartError(
        'belvoSDK: Belvo’s SDK is window.belvoSDK, not window.belvo, so the widget will not start. ' +
          'Call window.belvoSDK.createWidget(accessToken, config).build().',
      )
      console.error(error.message)
      throw error
    },
  }
  host.belvo = wrong
  return () => {
    if (host.belvo === wrong) delete host.belvo
  }
}
