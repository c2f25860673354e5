// Runs inside the page (serialized with toString, so it refers to nothing outside itself): finds
// the elements a locator's steps describe, the way Playwright's locators do for what the suites
// use: CSS, ARIA roles with accessible names, labels, text, through open shadow roots.

/** A string (case-insensitive substring, or whole text with `exact`) or a regular expression. */
export type TextMatch = string | { source: string; flags: string }

export type Step =
  | { kind: 'css'; css: string }
  | { kind: 'role'; role: string; name?: TextMatch; exact?: boolean; level?: number }
  | { kind: 'label'; label: TextMatch; exact?: boolean }
  | { kind: 'text'; text: TextMatch; exact?: boolean }
  | { kind: 'hasText'; text: TextMatch }
  | { kind: 'nth'; index: number }

export interface DomLib {
  resolve(steps: Step[]): Element[]
  isVisible(el: Element): boolean
}

export function domLib(): DomLib {
  const normalize = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()
  const matches = (value: string, match: TextMatch, exact?: boolean) => {
    const text = normalize(value)
    if (typeof match !== 'string') return new RegExp(match.source, match.flags).test(text)
    return exact
      ? text === normalize(match)
      : text.toLowerCase().includes(normalize(match).toLowerCase())
  }

  /** Every element under `root`, open shadow roots included, in document order. */
  const all = (root: Document | Element | ShadowRoot): Element[] => {
    const out: Element[] = []
    const walk = (node: Document | Element | ShadowRoot) => {
      for (const child of Array.from(node.children)) {
        out.push(child)
        if (child.shadowRoot) walk(child.shadowRoot)
        walk(child)
      }
    }
    walk(root)
    return out
  }

  const isVisible = (el: Element) => {
    const style = getComputedStyle(el)
    if (style.visibility === 'hidden' || style.display === 'none') return false
    const rect = el.getBoundingClientRect()
    return rect.width > 0 && rect.height > 0
  }

  const hidden = (el: Element) => {
    for (let node: Element | null = el; node; ) {
      if (node.getAttribute('aria-hidden') === 'true') return true
      const style = getComputedStyle(node)
      if (style.display === 'none' || style.visibility === 'hidden') return true
      node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)
    }
    return false
  }

  const implicitRole = (el: Element): string | null => {
    const tag = el.localName
    const type = (el.getAttribute('type') ?? '').toLowerCase()
    if (tag === 'button') return 'button'
    if (tag === 'input') {
      if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button'
      if (type === 'checkbox') return 'checkbox'
      if (type === 'radio') return 'radio'
      if (['', 'text', 'email', 'tel', 'url', 'search', 'number'].includes(type))
        return type === 'number' ? 'spinbutton' : 'textbox'
      return null
    }
    if (tag === 'textarea') return 'textbox'
    if (tag === 'select') return 'combobox'
    if (/^h[1-6]$/.test(tag)) return 'heading'
    if (tag === 'a' && el.hasAttribute('href')) return 'link'
    if (tag === 'ul' || tag === 'ol') return 'list'
    if (tag === 'li') return 'listitem'
    if (tag === 'table') return 'table'
    if (tag === 'tr') return 'row'
    if (tag === 'td') return 'cell'
    if (tag === 'th') return 'columnheader'
    if (tag === 'dialog') return 'dialog'
    if (tag === 'form') return 'form'
    if (tag === 'nav') return 'navigation'
    if (tag === 'main') return 'main'
    if (tag === 'img') return 'img'
    if (tag === 'output') return 'status'
    if (tag === 'section' && (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby')))
      return 'region'
    return null
  }
  const role = (el: Element) =>
    (el.getAttribute('role') ?? '').trim().split(/\s+/)[0] || implicitRole(el)

  const FROM_CONTENT = new Set([
    'button',
    'link',
    'heading',
    'listitem',
    'cell',
    'columnheader',
    'row',
    'option',
    'tab',
    'menuitem',
    'checkbox',
    'radio',
    'switch',
  ])
  const byIds = (el: Element, attr: string) => {
    const root = el.getRootNode() as Document | ShadowRoot
    return (el.getAttribute(attr) ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => normalize(root.getElementById?.(id)?.textContent))
      .join(' ')
  }
  const contentText = (el: Element): string => {
    let text = ''
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) text += node.textContent
      else if (node instanceof Element) {
        if (hidden(node)) continue
        if (node.localName === 'img') text += ` ${node.getAttribute('alt') ?? ''} `
        else text += ` ${node.getAttribute('aria-label') ?? contentText(node)} `
      }
    }
    return normalize(text)
  }
  const labels = (el: Element): string[] => {
    const found: string[] = []
    if (el.hasAttribute('aria-labelledby')) found.push(byIds(el, 'aria-labelledby'))
    if (el.hasAttribute('aria-label')) found.push(normalize(el.getAttribute('aria-label')))
    const own = (el as HTMLInputElement).labels
    if (own) for (const label of Array.from(own)) found.push(normalize(label.textContent))
    return found
  }
  const accessibleName = (el: Element): string => {
    const [first] = labels(el)
    if (first) return first
    const r = role(el)
    if (r && FROM_CONTENT.has(r)) {
      const value = el.localName === 'input' ? (el as HTMLInputElement).value : ''
      return value || contentText(el)
    }
    if (el.localName === 'input' || el.localName === 'textarea')
      return normalize(el.getAttribute('placeholder') ?? el.getAttribute('title'))
    if (el.localName === 'table') return normalize(el.querySelector('caption')?.textContent)
    return normalize(el.getAttribute('title'))
  }

  const headingLevel = (el: Element) =>
    Number(el.getAttribute('aria-level') ?? (/^h([1-6])$/.exec(el.localName)?.[1] || 2))

  const step = (roots: Element[] | null, s: Step): Element[] => {
    const scope = roots ?? [document.documentElement]
    const under = (include: (el: Element) => boolean) => {
      const out: Element[] = []
      for (const root of scope) {
        const candidates = roots ? all(root) : [root, ...all(root)]
        for (const el of candidates) if (include(el) && !out.includes(el)) out.push(el)
      }
      return out
    }
    if (s.kind === 'css') {
      return under((el) => el.matches(s.css))
    }
    if (s.kind === 'role') {
      return under(
        (el) =>
          role(el) === s.role &&
          !hidden(el) &&
          (s.level === undefined || headingLevel(el) === s.level) &&
          (s.name === undefined || matches(accessibleName(el), s.name, s.exact)),
      )
    }
    if (s.kind === 'label') {
      return under((el) => labels(el).some((label) => matches(label, s.label, s.exact)))
    }
    if (s.kind === 'text') {
      // The innermost elements whose text matches.
      const found = under((el) => !hidden(el) && matches(el.textContent ?? '', s.text, s.exact))
      return found.filter((el) => !found.some((other) => other !== el && el.contains(other)))
    }
    const list = roots ?? []
    if (s.kind === 'hasText') return list.filter((el) => matches(el.textContent ?? '', s.text))
    const index = s.index < 0 ? list.length + s.index : s.index
    return list[index] ? [list[index]] : []
  }

  return {
    resolve: (steps) => {
      let current: Element[] | null = null
      for (const s of steps) current = step(current, s)
      return current ?? []
    },
    isVisible,
  }
}
