// `pnpm run build` first (turbo runs it): the suite serves the production build.
import { describeExample } from '@belvo-widget/example-e2e'

describeExample({ name: 'Angular SSR', root: new URL('..', import.meta.url) })
