/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "Your backend": serves POST /api/widget-token and GET /api/links/:id/accounts. */
  readonly VITE_DEMO_SERVER_URL?: string
  /** Belvo's SDK script; the emulator's by default. */
  readonly VITE_BELVO_SDK_SRC?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue'

  const component: DefineComponent
  export default component
}
