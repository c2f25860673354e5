// The widget's controls, shared by its frame (widget.view.ts) and its screens
// (widget.screens.ts): what every view function is given, buttons, fields and alerts.
import type { WidgetConfig } from './config.ts'
import { h } from './h.ts'
import type { WidgetStrings } from './strings.ts'
import { ATTR, type WidgetAction } from './widget.dom.ts'
import type { MachineEvent } from './widget.state.ts'

export interface ViewContext {
  doc: Document
  /** The widget's id, which keeps element ids unique in the page. */
  id: number
  t: WidgetStrings
  config: WidgetConfig
  FormData: typeof FormData
  send: (event: MachineEvent) => void
}

export function button(
  ctx: ViewContext,
  action: WidgetAction,
  label: string,
  onclick?: () => void,
  extra: Record<string, string | boolean | undefined> = {},
): HTMLElement {
  const secondary = action === 'back' || action === 'survey-skip' || action === 'confirm-stay'
  return h(
    ctx.doc,
    'button',
    {
      type: onclick ? 'button' : 'submit',
      class: secondary ? 'bw-secondary' : 'bw-primary',
      [ATTR.action]: action,
      onclick,
      ...extra,
    },
    label,
  )
}

export const field = (
  ctx: ViewContext,
  label: string,
  input: Record<string, string | boolean | undefined>,
) =>
  h(
    ctx.doc,
    'div',
    { class: 'bw-field' },
    h(ctx.doc, 'label', { for: input.id as string }, label),
    h(ctx.doc, 'input', input),
  )

export const alert = (ctx: ViewContext, text: string | undefined) =>
  text ? h(ctx.doc, 'p', { class: 'bw-alert', role: 'alert' }, text) : null
