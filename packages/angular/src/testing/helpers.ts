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

let scripts = 0
/**
 * A fresh script address for each test: the SDK loader caches one load per address for the
 * page's lifetime, and each test installs its own emulator.
 */
export const freshSdkSrc = () => `https://cdn.belvo.test/${++scripts}/belvo-widget-1-stable.js`
