/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly VITE_DEMO_SERVER_URL?: string
  readonly VITE_BELVO_SDK_SRC?: string
}
