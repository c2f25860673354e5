// `pnpm run build` first (turbo runs it): the suite serves the production build.
import { describeExample } from '@belvo-widget/example-e2e'

describeExample({ name: 'Next.js App Router', root: new URL('..', import.meta.url) })
