type Prop = string | number | boolean | undefined | ((event: Event) => void)
export type Child = Node | string | null | undefined | false

/**
 * Creates an element in a given document (the widget may run in a window that is not the
 * global one, e.g. a jsdom window). `on*` props become listeners; `true` sets an empty
 * attribute; `false`/`undefined` leave it out.
 */
export function h(
  doc: Document,
  tag: string,
  props: Record<string, Prop> = {},
  ...children: Child[]
): HTMLElement {
  const el = doc.createElement(tag)
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue
    if (typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value)
    else el.setAttribute(key, value === true ? '' : String(value))
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    el.append(child)
  }
  return el
}
