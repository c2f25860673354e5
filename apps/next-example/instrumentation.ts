// Next.js runs `register` once as each server instance starts. A production server without
// SESSION_SECRET refuses to start, saying why, rather than answer every visitor with a 500.
export async function register() {
  if (
    process.env.NEXT_RUNTIME === 'nodejs' &&
    process.env.NEXT_PHASE !== 'phase-production-build'
  ) {
    const { sessionPassword } = await import('./lib/session')
    try {
      sessionPassword()
    } catch (error) {
      console.error((error as Error).message)
      process.exit(1)
    }
  }
}
