// The page's `#belvo`, where Belvo's SDK draws its widget. Which controller has it is kept on the
// element itself, so that every copy of core in the page (two bundles, a custom element) sees it:
// one widget is on screen at a time, and a second open takes the element over.
const OWNER = Symbol.for('belvo-widget.owner')

export interface Owner {
  /** The element. */
  el: Mount
  /** Ends the owner's run with an exit, leaving the element to the next owner. */
  handOver(): void
  /** Whether core created the element (then the last owner removes it). */
  created: boolean
  /** The inline `style` of `<html>` and `<body>` before the first widget, restored after the last. */
  styles: [Element, string | null][]
}
export type Mount = HTMLElement & { [OWNER]?: Owner }

/** Whether no element has focus (it is on `<body>`). */
export const focusIsNowhere = (): boolean => {
  const active = document.activeElement
  return !active || active === document.body
}

/**
 * Takes `#belvo` for a widget (creating it when the page has none): the controller whose widget
 * is there ends with an exit and hands it over, along with the page's styles it saved.
 */
export function claimMount(handOver: () => void): Owner {
  let el: Mount | null = document.getElementById('belvo')
  const previous = el?.[OWNER]
  previous?.handOver()
  const created = !el
  if (!el) {
    el = document.createElement('div')
    el.id = 'belvo'
    document.body.append(el)
  }
  const owner: Owner = {
    el,
    handOver,
    created: previous ? previous.created : created,
    styles:
      previous?.styles ??
      [document.documentElement, document.body].map((node) => [node, node.getAttribute('style')]),
  }
  el[OWNER] = owner
  return owner
}

/**
 * Clears the element if `owner` still has it. Unless it is being handed over, the element goes if
 * core created it and the page gets back its `<html>`/`<body>` style (Belvo's overlay may lock
 * scrolling). Returns whether the widget had focus, so that the caller gives it back.
 */
export function releaseMount(owner?: Owner, handOver?: boolean): boolean {
  const el = owner?.el
  if (!el || el[OWNER] !== owner) return false
  delete el[OWNER]
  const hadFocus = focusIsNowhere() || el.contains(document.activeElement)
  el.replaceChildren()
  if (handOver) return false
  if (owner.created) el.remove()
  for (const [node, style] of owner.styles) {
    // Set first, even to remove: Chromium writes an inline style changed since the attribute
    // was last read back into it later, so a bare removeAttribute can come back as style="".
    node.setAttribute('style', style ?? '')
    if (style === null) node.removeAttribute('style')
  }
  return hadFocus
}
