// https://nuxt.com/docs/api/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: '2026-11-01',
  devtools: { enabled: false },
  telemetry: false,
  app: {
    head: {
      title: 'Belvo widget: Nuxt example',
      htmlAttrs: { lang: 'en' },
      // No favicon request (and no 404 in the console).
      link: [{ rel: 'icon', href: 'data:,' }],
    },
  },
  // Read at run time from NUXT_SESSION_SECRET and NUXT_PUBLIC_BELVO_SDK_SRC, so one build
  // serves any environment. The Belvo keys are read by @belvo-widget/server itself
  // (BELVO_ENV, BELVO_SECRET_ID, BELVO_SECRET_PASSWORD).
  runtimeConfig: {
    sessionSecret: '',
    public: { belvoSdkSrc: '' },
  },
})
