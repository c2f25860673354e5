/** A promise resolved from outside: holds a token request open for as long as a test needs. */
export function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((done) => {
    resolve = done
  })
  return { promise, resolve }
}

/** Lets pending promise callbacks and zero-delay timers run. */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Undoes what `@angular/platform-server` does to the global scope for the rest of the run: it sets
 * `ngServerMode` and replaces `Event`, `HTMLElement` and friends with Domino's classes. Angular's
 * test runner shares one global scope between spec files, so without this every spec after a
 * server render would run as if on the server, with foreign DOM classes.
 */
export function restoreGlobalsAfter(): () => void {
  const scope = globalThis as Record<string, unknown>
  const saved = new Map(Object.getOwnPropertyNames(scope).map((key) => [key, scope[key]]))
  return () => {
    for (const key of Object.getOwnPropertyNames(scope)) {
      if (!saved.has(key)) delete scope[key]
      else if (!Object.is(scope[key], saved.get(key))) scope[key] = saved.get(key)
    }
  }
}
