import { sessionPassword } from '../utils/session'

// Nitro runs its plugins once as the server starts. A production server without
// NUXT_SESSION_SECRET refuses to start, saying why, rather than answer every visitor with a 500.
export default defineNitroPlugin(() => {
  try {
    sessionPassword(useRuntimeConfig().sessionSecret)
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
})
