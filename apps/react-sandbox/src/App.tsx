import { useSyncExternalStore } from 'react'
import { ComponentPage } from './pages/ComponentPage.tsx'
import { HookPage } from './pages/HookPage.tsx'
import { SandboxHint } from './SandboxHint.tsx'

const PAGES = {
  '#/': { title: 'Hook', Page: HookPage },
  '#/component': { title: 'Component', Page: ComponentPage },
}

// A two-page app needs no router: the hash is the state.
const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}
const getHash = () =>
  (window.location.hash in PAGES ? window.location.hash : '#/') as keyof typeof PAGES

export function App() {
  const hash = useSyncExternalStore(subscribe, getHash)
  const { Page } = PAGES[hash]
  return (
    <main>
      <h1>Belvo widget · React</h1>
      <nav aria-label="Pages">
        {Object.entries(PAGES).map(([href, { title }]) => (
          <a key={href} href={href} aria-current={href === hash ? 'page' : undefined}>
            {title === 'Hook' ? 'useBelvoWidget' : '<BelvoWidget>'}
          </a>
        ))}
      </nav>
      <SandboxHint />
      {/* A key per page: switching pages unmounts one widget and mounts the other. */}
      <Page key={hash} />
    </main>
  )
}
