// `pnpm run build` first (turbo runs it): the suite serves the production build.
import { describeExample } from '@belvo-widget/example-e2e'

const root = new URL('..', import.meta.url)

describeExample({ name: 'Angular SSR', root })
