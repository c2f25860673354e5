import { useState } from 'react'
import { createRoot } from 'react-dom/client'

// What an app does with Belvo's SDK and no wrapper: load the script, ask its backend for a
// token, build the widget in #belvo.
function loadSdk() {
  if (window.belvoSDK) return Promise.resolve(window.belvoSDK)
  return new Promise((resolve, reject) => {
    const script = document.createElement('script')
    script.src = import.meta.env.VITE_BELVO_SDK_SRC
    script.onload = () => resolve(window.belvoSDK)
    script.onerror = () => reject(new Error('the SDK did not load'))
    document.head.append(script)
  })
}

function App() {
  const [status, setStatus] = useState('')
  const open = async () => {
    const [sdk, token] = await Promise.all([
      loadSdk(),
      fetch('/api/widget-token', { method: 'POST' }).then((r) => r.json()),
    ])
    sdk
      .createWidget(token.access, {
        locale: 'en',
        callback: (_link, institution) => setStatus(`Linked ${institution}`),
        onExit: (data) => {
          const exit = Array.isArray(data) ? data[0] : data
          setStatus(`Left: ${exit?.last_encountered_error?.message ?? 'no error'}`)
        },
      })
      .build()
  }
  return (
    <main>
      <h1>Fresh app</h1>
      <button type="button" onClick={open}>
        Link account
      </button>
      <p role="status" aria-label="Link status">
        {status}
      </p>
      <div id="belvo" />
    </main>
  )
}

createRoot(document.getElementById('root')).render(<App />)
