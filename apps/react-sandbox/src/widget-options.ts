import type { BelvoWidgetOptions } from '@belvo-widget/react'
import { fetchWidgetToken } from './api.ts'
import { BELVO_SDK_SRC } from './config.ts'

/** What both pages pass to the widget. */
export const widgetOptions = {
  // A function, not a string: the token is fetched in parallel with the script, on each open.
  token: fetchWidgetToken,
  src: BELVO_SDK_SRC,
  locale: 'en',
  country_codes: ['MX', 'CO', 'BR'],
  // Keep request_id in your logs: Belvo's support asks for it.
  onEvent: (event) => console.info('[belvo]', event.eventName, event),
} satisfies BelvoWidgetOptions
