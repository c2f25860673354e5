// `pnpm run build` first (turbo runs it): the suite serves the production build.
import { describeExample } from '@belvo-widget/example-e2e'

describeExample({
  name: 'Nuxt',
  root: new URL('..', import.meta.url),
  envNames: { sdkSrc: 'NUXT_PUBLIC_BELVO_SDK_SRC', sessionSecret: 'NUXT_SESSION_SECRET' },
})
