import { version } from 'vue'

// Fails every test file if the aliases stop applying and the run silently uses a newer Vue.
if (!version.startsWith('3.3.')) throw new Error(`expected Vue 3.3, got vue ${version}`)
