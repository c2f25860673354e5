import { BelvoWidgetPlugin } from '@belvo-widget/vue'

// The route's Response as it is: core reads `access` from it, and when the route fails, its own
// message (with the status) becomes the widget's `token_failed` error.
const fetchToken = () => fetch('/api/widget-token', { method: 'POST' })

// App-wide defaults for every useBelvoWidget() and <BelvoWidget>.
export default defineNuxtPlugin((nuxtApp) => {
  const { belvoSdkSrc } = useRuntimeConfig().public
  nuxtApp.vueApp.use(BelvoWidgetPlugin, {
    token: fetchToken,
    locale: 'en',
    ...(belvoSdkSrc && { src: belvoSdkSrc }),
  })
})
