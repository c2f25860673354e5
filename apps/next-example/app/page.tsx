import { connection } from 'next/server'
import { HostedLink } from './hosted-link'
import { LinkAccount } from './link-account'

// A server component: it renders the page and hands plain data to the client component.
export default async function Page() {
  // Read at request time, so one build serves any environment.
  await connection()
  return (
    <main>
      <h1>Your bank accounts</h1>
      <p>Link an account to see its balances.</p>
      <LinkAccount sdkSrc={process.env.BELVO_SDK_SRC} />
      <p>Or, in Brazil, on Belvo's own page (the hosted widget), which brings you back here:</p>
      <HostedLink hostedWidgetUrl={process.env.BELVO_HOSTED_WIDGET_URL} />
    </main>
  )
}
