// The widget's view: one machine state in, one DOM tree out (its frame here: the overlay, the
// dialog with its header and the exit confirmation; each screen's body in widget.screens.ts).
// Controls send machine events; nothing here decides what happens next.
import { h } from './h.ts'
import { button, type ViewContext } from './widget.controls.ts'
import { ATTR, ids } from './widget.dom.ts'
import { screenBody } from './widget.screens.ts'
import type { MachineState } from './widget.state.ts'

const isHexColor = (value: unknown): value is string =>
  typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value)

/** The overlay with the dialog for `state`. */
export function renderOverlay(state: MachineState, ctx: ViewContext): HTMLElement {
  const { doc, t, id, config, send } = ctx
  const branding = state.session?.branding ?? {}
  const company = config.company_name ?? branding.company_name
  const logo = config.company_logo ?? branding.company_logo
  const overlayColor = isHexColor(branding.overlay_background_color)
    ? `${branding.overlay_background_color}e6`
    : 'rgba(16,24,40,.6)'
  const confirming = state.mode === 'confirming'
  const busy = state.screen.name === 'loading' || state.mode === 'submitting'
  const dialog = h(
    doc,
    'div',
    {
      class: 'bw-dialog',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': ids.title(id),
      'aria-busy': busy ? 'true' : undefined,
      lang: config.locale,
      [ATTR.screen]: state.screen.name,
    },
    h(
      doc,
      'div',
      // While the exit confirmation shows, the screen behind it is out of reach.
      { class: 'bw-header', inert: confirming },
      h(
        doc,
        'span',
        { class: 'bw-brand' },
        logo ? h(doc, 'img', { src: logo, alt: '' }) : null,
        company ?? 'Belvo',
      ),
      h(
        doc,
        'button',
        {
          type: 'button',
          class: 'bw-close',
          'aria-label': t.close,
          [ATTR.action]: 'close',
          onclick: () => send({ type: 'CLOSE' }),
        },
        '×',
      ),
    ),
    h(doc, 'div', { class: 'bw-body', inert: confirming }, ...screenBody(state, ctx, company)),
    confirming ? confirmDialog(ctx) : null,
  )
  const overlay = h(
    doc,
    'div',
    { class: 'bw-overlay', style: `background:${overlayColor}` },
    dialog,
  )
  overlay.addEventListener('keydown', (event) => {
    const { key, code, shiftKey } = event as KeyboardEvent
    if (key === 'Escape') send({ type: 'CLOSE' })
    // WebKitGTK names Shift+Tab's key 'Unidentified'; its code is still 'Tab'.
    if (key === 'Tab' || code === 'Tab') keepFocusIn(dialog, event, shiftKey)
  })
  return overlay
}

/**
 * Tab and Shift+Tab stay in the dialog (in the exit confirmation while it shows, the rest being
 * inert): from its last control Tab goes to the first, from its first Shift+Tab to the last.
 * Between controls the browser moves focus as usual.
 */
function keepFocusIn(dialog: HTMLElement, event: Event, back: boolean): void {
  const box = dialog.querySelector('[role=alertdialog]') ?? dialog
  const controls = [...box.querySelectorAll<HTMLElement>('a[href],button:enabled,input:enabled')]
  const active = dialog.ownerDocument.activeElement
  // Node.DOCUMENT_POSITION_PRECEDING (2) or _FOLLOWING (4): is there a control that way?
  if (active && controls.some((el) => active.compareDocumentPosition(el) & (back ? 2 : 4))) return
  event.preventDefault()
  controls[back ? controls.length - 1 : 0]?.focus()
}

function confirmDialog(ctx: ViewContext): HTMLElement {
  const { doc, t, id, send } = ctx
  return h(
    doc,
    'div',
    {
      class: 'bw-confirm',
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-labelledby': ids.confirmTitle(id),
      'aria-describedby': ids.confirmBody(id),
    },
    h(doc, 'h2', { id: ids.confirmTitle(id) }, t.confirmTitle),
    h(doc, 'p', { id: ids.confirmBody(id) }, t.confirmBody),
    h(
      doc,
      'div',
      { class: 'bw-actions' },
      button(ctx, 'confirm-exit', t.confirmExit, () => send({ type: 'CONFIRM_EXIT' }), {
        id: ids.confirmExit(id),
      }),
      button(ctx, 'confirm-stay', t.confirmStay, () => send({ type: 'STAY' })),
    ),
  )
}
