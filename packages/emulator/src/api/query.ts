// The list endpoints' query string, as Belvo's (Django REST framework) API reads it:
// `page` / `page_size` pagination with absolute `next` / `previous` URLs, field filters with
// Django lookups (`__in`, `__gt`, `__range`, …) and `fields` / `omit`.

/** One page of a list, Belvo's `{ count, next, previous, results }`. */
export interface Page<T> {
  count: number
  next: string | null
  previous: string | null
  results: T[]
}

export const DEFAULT_PAGE_SIZE = 100
export const MAX_PAGE_SIZE = 1000

/** A filterable field: how to read it from an item, and which lookups it takes. */
export interface FilterField<T> {
  get: (item: T) => unknown
  /** `text`: exact and `__in`; `contains`: case-insensitive substring; `range`: also `__gt/__gte/__lt/__lte/__range`; `all`: `__allin` on a list. */
  kind: 'text' | 'contains' | 'range' | 'all'
}

const compare = (a: unknown, b: string): number => {
  if (typeof a === 'number') return a - Number(b)
  const text = String(a)
  // Dates compare as text; a date bound covers its whole day for timestamps.
  return text.slice(0, b.length) < b ? -1 : text.slice(0, b.length) > b ? 1 : 0
}

const list = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)

/** Keeps the items matching every known filter in `query`; unknown parameters are ignored. */
export function applyFilters<T>(
  items: readonly T[],
  query: URLSearchParams,
  fields: Record<string, FilterField<T>>,
): T[] {
  const tests: Array<(item: T) => boolean> = []
  for (const [param, value] of query) {
    const [name, lookup = 'exact'] = param.split('__') as [string, string | undefined]
    const field = Object.hasOwn(fields, name) ? fields[name] : undefined
    if (!field) continue
    const text = (item: T) => {
      const v = field.get(item)
      return Array.isArray(v) ? v.map(String) : [String(v)]
    }
    if (field.kind === 'all' && lookup === 'allin') {
      const wanted = list(value)
      tests.push((item) => wanted.every((w) => text(item).includes(w)))
    } else if (field.kind === 'contains' && (lookup === 'exact' || lookup === 'icontains')) {
      tests.push((item) => text(item).some((v) => v.toLowerCase().includes(value.toLowerCase())))
    } else if (lookup === 'exact') {
      tests.push((item) => text(item).includes(value))
    } else if (lookup === 'in') {
      const wanted = list(value)
      tests.push((item) => text(item).some((v) => wanted.includes(v)))
    } else if (field.kind === 'range') {
      const [low, high] = list(value)
      const test: Record<string, (v: unknown) => boolean> = {
        gt: (v) => compare(v, value) > 0,
        gte: (v) => compare(v, value) >= 0,
        lt: (v) => compare(v, value) < 0,
        lte: (v) => compare(v, value) <= 0,
        range: (v) =>
          low !== undefined && high !== undefined && compare(v, low) >= 0 && compare(v, high) <= 0,
      }
      const check = test[lookup]
      if (check) tests.push((item) => check(field.get(item)))
    }
  }
  return items.filter((item) => tests.every((t) => t(item)))
}

/** `fields=a,b` keeps only those keys of each result; `omit=a,b` drops them. */
export function project<T extends object>(item: T, query: URLSearchParams): Partial<T> {
  const keep = query.get('fields')
  const omit = query.get('omit')
  if (!keep && !omit) return item
  const keys = keep ? list(keep) : []
  const drop = omit ? list(omit) : []
  return Object.fromEntries(
    Object.entries(item).filter(([k]) => (!keep || keys.includes(k)) && !drop.includes(k)),
  ) as Partial<T>
}

/**
 * One page of `items`. `requestUrl` is the absolute URL of the request, so `next` and
 * `previous` keep its filters. Answers `undefined` for a page past the end (Belvo: 404).
 */
export function paginate<T extends object>(
  items: readonly T[],
  requestUrl: URL,
): Page<Partial<T>> | undefined {
  const query = requestUrl.searchParams
  const size = Math.min(
    MAX_PAGE_SIZE,
    Math.max(1, Number.parseInt(query.get('page_size') ?? '', 10) || DEFAULT_PAGE_SIZE),
  )
  const page = Math.max(1, Number.parseInt(query.get('page') ?? '', 10) || 1)
  const pages = Math.max(1, Math.ceil(items.length / size))
  if (page > pages) return undefined
  const link = (n: number) => {
    const url = new URL(requestUrl)
    // Like Django REST framework, the first page's URL has no `page` parameter.
    if (n === 1) url.searchParams.delete('page')
    else url.searchParams.set('page', String(n))
    return url.toString()
  }
  return {
    count: items.length,
    next: page < pages ? link(page + 1) : null,
    previous: page > 1 ? link(page - 1) : null,
    results: items.slice((page - 1) * size, page * size).map((item) => project(item, query)),
  }
}
