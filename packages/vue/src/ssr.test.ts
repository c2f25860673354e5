// @vitest-environment node

import { describe, expect, it } from 'vitest'
import { createSSRApp, defineComponent, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { BelvoWidget, BelvoWidgetPlugin, useBelvoWidget } from './index.ts'

describe('server rendering', () => {
  it('renders the component and the composable without a window, and open() does nothing', async () => {
    expect(typeof window).toBe('undefined')
    let opened: Promise<void> | undefined
    const Composable = defineComponent(() => {
      const { open, status } = useBelvoWidget({ token: 'a-token', locale: 'en' })
      opened = open()
      return () => h('p', `status: ${status.value}`)
    })
    const app = createSSRApp(() => [
      h(Composable),
      h(BelvoWidget, { token: 'a-token' }),
      h(
        BelvoWidget,
        { token: 'a-token' },
        {
          default: ({ status }: { status: string }) => h('button', `Add bank account (${status})`),
        },
      ),
    ]).use(BelvoWidgetPlugin, { locale: 'es' })

    const html = await renderToString(app)

    expect(html).toContain('<p>status: idle</p>')
    expect(html).toContain('<button>Add bank account (idle)</button>')
    await expect(opened).resolves.toBeUndefined()
  })
})
