/** "Your backend": serves widget tokens and the linked accounts (tooling/demo-server). */
export const DEMO_SERVER_URL = import.meta.env.VITE_DEMO_SERVER_URL ?? 'http://127.0.0.1:5101'

/** Belvo's SDK script; the emulator's copy by default. Unset it to use Belvo's CDN. */
export const BELVO_SDK_SRC =
  import.meta.env.VITE_BELVO_SDK_SRC ?? 'http://127.0.0.1:5100/belvo-widget-1-stable.js'
