import { BelvoWidget, type BelvoWidgetState } from '@belvo-widget/react'
import { useState } from 'react'
import { LinkFlow } from '../LinkFlow.tsx'
import { widgetOptions } from '../widget-options.ts'

/**
 * The component form: `<BelvoWidget>` opens when it mounts (like Belvo's snippet) and reports
 * through its callbacks; unmounting it closes the widget.
 */
export function ComponentPage() {
  const [outcome, setOutcome] = useState<BelvoWidgetState>({ status: 'idle' })
  const linking = outcome.status === 'loading'
  return (
    <>
      <LinkFlow {...outcome} open={() => setOutcome({ status: 'loading' })} />
      {linking && (
        <BelvoWidget
          {...widgetOptions}
          onSuccess={(link, institution) => setOutcome({ status: 'success', link, institution })}
          onExit={(exit) => setOutcome({ status: 'exit', exit })}
          onError={(error) => setOutcome({ status: 'error', error })}
        />
      )}
    </>
  )
}
