// `pnpm run build` first (turbo runs it): the suite serves the production build, this app's own
// or the one NUXT_EXAMPLE_BUILD names (matrix/nuxt-4-5 builds these sources with Nuxt 4.5).
import { pathToFileURL } from 'node:url'
import { describeExample } from '@belvo-widget/example-e2e'

const build = process.env.NUXT_EXAMPLE_BUILD

describeExample({
  name: 'Nuxt',
  root: build ? pathToFileURL(build) : new URL('..', import.meta.url),
  envNames: { sdkSrc: 'NUXT_PUBLIC_BELVO_SDK_SRC', sessionSecret: 'NUXT_SESSION_SECRET' },
})
