import { Connected } from './connected'

// Where Belvo's hosted widget sends the visitor back (see lib/hosted.ts).
export default function ConnectedPage() {
  return (
    <main>
      <h1>Your bank accounts</h1>
      <Connected />
      <p>
        <a href="/">Back</a>
      </p>
    </main>
  )
}
