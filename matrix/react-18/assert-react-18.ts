import { version } from 'react'
import { version as domVersion } from 'react-dom'

// Fails every test file if the aliases stop applying and the run silently uses React 19.
if (!version.startsWith('18.') || !domVersion.startsWith('18.')) {
  throw new Error(`expected React 18, got react ${version} and react-dom ${domVersion}`)
}
