import { hostedWidgetPage } from './hosted.ts'
import { sendHtml, sendJson } from './http.ts'
import { faviconPng, landingJson, landingPage } from './landing.ts'
import { DEFAULT_SECRET_PASSWORD } from './options.ts'
import type { Handler } from './router.ts'

/**
 * `GET /`: with `?access_token=` the hosted widget page (Belvo's `widget.belvo.io`), without it
 * the emulator's landing page (JSON for clients that ask for it).
 */
export const serveRoot: Handler = ({ req, res, url, emulator }) => {
  if (url.searchParams.has('access_token')) return sendHtml(res, 200, hostedWidgetPage())
  const { secretId, secretPassword } = emulator
  const info = {
    url: emulator.url,
    secretId,
    // A password of one's own is not shown.
    secretPassword: secretPassword === DEFAULT_SECRET_PASSWORD ? secretPassword : undefined,
    webhookUrl: emulator.options.webhookUrl,
  }
  const accept = req.headers.accept ?? ''
  return accept.includes('application/json') && !accept.includes('text/html')
    ? sendJson(res, 200, landingJson(info))
    : sendHtml(res, 200, landingPage(info, url.searchParams))
}

export const serveFavicon: Handler = ({ req, res }) => {
  res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'max-age=86400' })
  res.end(req.method === 'HEAD' ? undefined : faviconPng())
}
