import { addFavicon } from '@belvo-widget/sandbox-kit'
import '@belvo-widget/sandbox-kit/sandbox.css'
import './styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'

// StrictMode mounts, unmounts and mounts again in development: the widget must still load
// its script once and open once.
addFavicon()
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
