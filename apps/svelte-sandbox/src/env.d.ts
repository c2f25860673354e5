/// <reference types="vite/client" />
/// <reference types="@belvo-widget/element/svelte" />
interface ImportMetaEnv {
  readonly VITE_DEMO_SERVER_URL?: string
  readonly VITE_BELVO_SDK_SRC?: string
}
