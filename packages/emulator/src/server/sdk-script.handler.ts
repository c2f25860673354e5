import { API_MESSAGES } from '../sandbox/messages.ts'
import { SDK_SCRIPT_NAMES } from '../sdk/script-names.ts'
import { send, sleep } from './http.ts'
import type { Handler } from './router.ts'
import { loadSdkScript } from './sdk-asset.ts'

/** `GET /belvo-widget-1-stable.js`: the emulated SDK, slowed or broken by the script faults. */
export const serveSdkScript: Handler = async ({ res, emulator }) => {
  await sleep(emulator.faults.scriptLatencyMs)
  const fault = emulator.faults.scriptFault
  if (fault === 'hang') return // never answered; close() drops the socket
  if (fault === 'error') return send(res, 500, API_MESSAGES.script_fault, 'text/plain')
  send(res, 200, await loadSdkScript(), 'text/javascript; charset=utf-8', {
    'cross-origin-resource-policy': 'cross-origin',
  })
}

/** A misremembered script name: the page's script tag fails, and this says why. */
export const refuseMisnamedScript: Handler = ({ res, url, emulator }) => {
  const path = url.pathname
  const names = SDK_SCRIPT_NAMES.join(' or ')
  emulator.log(`  ${path}: not a script Belvo's CDN serves; load ${names}`)
  send(res, 404, API_MESSAGES.script_misnamed(path.slice(1), names), 'text/plain')
}
