import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { serveOnLoopback } from '@belvo-widget/browser-kit'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
}

/**
 * Serves a built single-page app from `root` on 127.0.0.1 (random port), with `index.html` for
 * unknown paths (client-side routes) and `overrides` answered as JSON (the app's runtime config).
 */
export async function serveStatic(root: string, overrides: Record<string, unknown> = {}) {
  const { url, close } = await serveOnLoopback(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    if (path in overrides) {
      response.writeHead(200, { 'content-type': TYPES['.json']! })
      response.end(JSON.stringify(overrides[path]))
      return
    }
    const file = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''))
    const body = await readFile(file).catch(() => undefined)
    if (body && extname(file)) {
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      })
      response.end(body)
      return
    }
    response.writeHead(200, { 'content-type': TYPES['.html']! })
    response.end(await readFile(join(root, 'index.html')))
  })
  return { url, close }
}
