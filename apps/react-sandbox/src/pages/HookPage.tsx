import { useBelvoWidget } from '@belvo-widget/react'
import { LinkFlow } from '../LinkFlow.tsx'
import { widgetOptions } from '../widget-options.ts'

/** The hook form: `useBelvoWidget` gives `open`, the state and the trigger's props. */
export function HookPage() {
  const widget = useBelvoWidget({
    ...widgetOptions,
    // triggerProps then prefetch the token and the script on hover, focus or touch.
    prefetchOnIntent: true,
    onSuccess: (link, institution) => console.info('[belvo] linked', institution, link),
  })
  return <LinkFlow {...widget} />
}
