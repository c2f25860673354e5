/**
 * The file names Belvo's CDN (`https://cdn.belvo.io/`) serves the Web SDK under, which the
 * emulator serves too (the same emulated SDK under each):
 *
 * - `belvo-widget-1-stable.js`: the script in every one of Belvo's pages and nearly every public
 *   app, for sandbox and production keys alike (D).
 * - `belvo-widget-sandbox-1-stable.js`: "the Sandbox version of the widget" that Belvo's older
 *   guide mentions; public apps built from that guide load it for sandbox keys (I).
 *
 * No public app was found loading a pinned version; the few other names seen in public code
 * (`belvo-widget.js`, `belvo-web-widget.js`, `belvo-widget-1.x.x.js`) appear once each, with no
 * trace in Belvo's docs, and the emulator answers them 404, as the CDN would.
 */
export const SDK_SCRIPT_NAMES = ['belvo-widget-1-stable.js', 'belvo-widget-sandbox-1-stable.js']

/** Whether `src` (an address or path, any query) names one of {@link SDK_SCRIPT_NAMES}. */
export const isSdkScriptSrc = (src: string): boolean =>
  SDK_SCRIPT_NAMES.some((name) => src.split(/[?#]/)[0]!.endsWith(`/${name}`) || src === name)

/** Belvo's CDN, where the SDK script lives (D). */
export const BELVO_CDN = 'https://cdn.belvo.io'

/**
 * Where Belvo's widget sends its own calls (institutions, sessions, links) from the page (I: the
 * host public apps allow in `connect-src` after reading Belvo's shipped script; Belvo's docs name
 * none).
 */
export const BELVO_WIDGET_API = 'https://widget-api.belvo.com'
