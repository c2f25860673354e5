import { BelvoWidgetPlugin } from '@belvo-widget/vue'

/** Asks this app's token route; a failed answer becomes the widget's `token_failed` error. */
async function fetchToken(): Promise<{ access: string }> {
  const response = await fetch('/api/widget-token', { method: 'POST' })
  const body = await response.json()
  if (!response.ok) {
    throw new Error(body.error?.message ?? `The token route answered ${response.status}.`)
  }
  return body
}

// App-wide defaults for every useBelvoWidget() and <BelvoWidget>.
export default defineNuxtPlugin((nuxtApp) => {
  const { belvoSdkSrc } = useRuntimeConfig().public
  nuxtApp.vueApp.use(BelvoWidgetPlugin, {
    token: fetchToken,
    locale: 'en',
    ...(belvoSdkSrc && { src: belvoSdkSrc }),
  })
})
