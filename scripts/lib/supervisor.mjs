// Starts long-running children (dev servers, Storybooks) and stops them all together: on Ctrl-C,
// on SIGTERM, or when the caller gives up. Each child leads its own process group, so stopping it
// also stops whatever it started (Vite, the Angular CLI, ...).
import { spawn } from 'node:child_process'

export function createSupervisor() {
  const children = []
  let stopping = false

  const stop = (code = 0) => {
    if (stopping) return
    stopping = true
    for (const child of children) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {}
    }
    setTimeout(() => process.exit(code), 500).unref()
  }
  process.on('SIGINT', () => stop(0))
  process.on('SIGTERM', () => stop(0))

  return {
    /** True once `stop()` ran: children exiting now are expected. */
    get stopping() {
      return stopping
    },
    stop,
    /** `child_process.spawn` in a new process group that `stop()` terminates. */
    start(cmd, args, options) {
      const child = spawn(cmd, args, { ...options, detached: true })
      children.push(child)
      return child
    },
    /**
     * Polls `url` until it answers (any status below 500, or `accept(response)`), the time is up,
     * `child` has exited, or everything is stopping. Resolves whether it answered.
     */
    async waitFor(url, { timeoutMs, child, accept = (res) => res.status < 500 }) {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline && !stopping && (!child || child.exitCode === null)) {
        try {
          if (accept(await fetch(url, { signal: AbortSignal.timeout(2000) }))) return true
        } catch {}
        await new Promise((resolve) => setTimeout(resolve, 300))
      }
      return false
    },
  }
}
