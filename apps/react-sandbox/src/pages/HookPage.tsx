import { useBelvoWidget } from '@belvo-widget/react'
import { LinkFlow } from '../LinkFlow.tsx'
import { widgetOptions } from '../widget-options.ts'

/** The hook form: `useBelvoWidget` gives `open` and the state. */
export function HookPage() {
  const widget = useBelvoWidget({
    ...widgetOptions,
    onSuccess: (link, institution) => console.info('[belvo] linked', institution, link),
  })
  return <LinkFlow {...widget} />
}
