// @vitest-environment node
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { BelvoWidget } from './BelvoWidget.ts'
import { useBelvoWidget } from './useBelvoWidget.ts'

function Status() {
  const { status } = useBelvoWidget({ token: 'server-never-uses-it' })
  return <p>{status}</p>
}

describe('server rendering', () => {
  it('renders idle, never asks for a token and needs no window', () => {
    expect(typeof window).toBe('undefined')
    expect(typeof document).toBe('undefined')
    const token = vi.fn(() => 'never')
    const html = renderToString(
      <main>
        <BelvoWidget token={token} />
        <BelvoWidget token={token}>
          {({ status }) => <button type="button">Add bank account ({status})</button>}
        </BelvoWidget>
        <Status />
      </main>,
    )
    expect(html).toBe(
      '<main><button type="button">Add bank account (<!-- -->idle<!-- -->)</button><p>idle</p></main>',
    )
    expect(token).not.toHaveBeenCalled()
  })
})
