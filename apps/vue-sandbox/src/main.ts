import { addFavicon } from '@belvo-widget/sandbox-kit'
import '@belvo-widget/sandbox-kit/sandbox.css'
import { BelvoWidgetPlugin } from '@belvo-widget/vue'
import { createApp } from 'vue'
import App from './App.vue'
import { BELVO_SDK_SRC, fetchWidgetToken } from './api.ts'

addFavicon()
// App-wide defaults: every useBelvoWidget() and <BelvoWidget> below gets them.
createApp(App)
  .use(BelvoWidgetPlugin, { src: BELVO_SDK_SRC, token: fetchWidgetToken, locale: 'en' })
  .mount('#app')
