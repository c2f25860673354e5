#!/usr/bin/env node
// The plain HTML sandbox's whole "build": a static server. It serves index.html, the element's
// and core's ESM builds as they are published (dist/), and passes /api/* to the demo server, so
// that the page's `token-url="/api/widget-token"` is same-origin, as on your own site.
//
//   node server.mjs      PORT (5177), DEMO_SERVER_URL (http://127.0.0.1:5101),
//                        BELVO_SDK_SRC (the emulator's script; Belvo's CDN with real keys)
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { dirname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SANDBOX_INSTITUTIONS } from '@belvo-widget/emulator/sandbox'
import {
  CREDENTIAL_HINTS,
  FAVICON,
  institutionName,
  LINKING_CREDENTIALS,
} from '@belvo-widget/sandbox-kit'

const require = createRequire(import.meta.url)
const here = dirname(fileURLToPath(import.meta.url))
/** @type {Record<string, string>} Where each URL prefix is read from: each package's published `dist/`. */
const roots = {
  '/modules/element/': join(dirname(require.resolve('@belvo-widget/element/package.json')), 'dist'),
  '/modules/core/': join(dirname(require.resolve('@belvo-widget/core/package.json')), 'dist'),
}
/** @type {Record<string, string>} */
const types = {
  '.css': 'text/css',
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.map': 'application/json',
}
/** The sandboxes' one stylesheet. */
const stylesheet = require.resolve('@belvo-widget/sandbox-kit/sandbox.css')

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
/** @param {string} text */
const code = (text) => `<code>${escapeHtml(text)}</code>`

// What the server renders into the page: the emulator's credentials table, as every sandbox
// shows it, and the institutions' names by code.
const credentials = `<details><summary>Log in with ${code(LINKING_CREDENTIALS.username)} / ${code(
  LINKING_CREDENTIALS.password,
)} on any institution; other passwords:</summary><table>${CREDENTIAL_HINTS.map(
  ({ username, password, outcome }) =>
    `<tr><td>${code(username)}</td><td>${code(password)}</td><td>${escapeHtml(outcome)}</td></tr>`,
).join('')}</table></details>`
// `<` escaped so that no name can end the script element it is rendered into.
const institutionNames = JSON.stringify(
  Object.fromEntries(Object.keys(SANDBOX_INSTITUTIONS).map((c) => [c, institutionName(c)])),
).replaceAll('<', '\\u003c')

/**
 * Starts the sandbox on 127.0.0.1. `port` 0 picks a free one.
 * @param {{ port?: number, demoServerUrl?: string, sdkSrc?: string }} [options]
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function startHtmlSandbox({
  port = 5177,
  demoServerUrl = 'http://127.0.0.1:5101',
  sdkSrc = 'http://127.0.0.1:5100/belvo-widget-1-stable.js',
} = {}) {
  // Your own page would leave `src` out (Belvo's CDN is the default); the sandbox points it at
  // the emulator, or at BELVO_SDK_SRC.
  const page = (await readFile(join(here, 'index.html'), 'utf8'))
    .replaceAll('%BELVO_SDK_SRC%', escapeHtml(sdkSrc))
    .replace('%FAVICON%', escapeHtml(FAVICON))
    .replace('%CREDENTIALS%', credentials)
    .replace('id="institution-names">{}', `id="institution-names">${institutionNames}`)
  const css = await readFile(stylesheet)
  const server = createServer(async (req, res) => {
    const { pathname, search } = new URL(req.url ?? '/', 'http://localhost')
    try {
      if (pathname.startsWith('/api/')) {
        const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req)
        const reply = await fetch(`${demoServerUrl}${pathname}${search}`, {
          method: req.method,
          headers: { 'content-type': req.headers['content-type'] ?? 'application/json' },
          body,
        })
        res.writeHead(reply.status, {
          'content-type': reply.headers.get('content-type') ?? 'application/json',
        })
        res.end(Buffer.from(await reply.arrayBuffer()))
        return
      }
      if (pathname === '/' || pathname === '/index.html') {
        res.writeHead(200, { 'content-type': types['.html'] }).end(page)
        return
      }
      if (pathname === '/sandbox.css') {
        res.writeHead(200, { 'content-type': types['.css'] }).end(css)
        return
      }
      const prefix = Object.keys(roots).find((p) => pathname.startsWith(p))
      const root = prefix && roots[prefix]
      const file = prefix && normalize(pathname.slice(prefix.length))
      if (!root || !file || file.startsWith('..'))
        throw Object.assign(new Error(), { code: 'ENOENT' })
      const body = await readFile(join(root, file))
      res.writeHead(200, {
        'content-type': types[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream',
      })
      res.end(body)
    } catch (caught) {
      const error = /** @type {NodeJS.ErrnoException} */ (caught)
      const missing = error.code === 'ENOENT'
      res.writeHead(missing ? 404 : 502, { 'content-type': 'text/plain' })
      res.end(
        missing
          ? `No ${pathname}`
          : `The demo server did not answer at ${demoServerUrl}: ${error.message}`,
      )
    }
  })
  await new Promise((resolve, reject) =>
    server.once('error', reject).listen(port, '127.0.0.1', () => resolve(undefined)),
  )
  return {
    url: `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/`,
    /** @returns {Promise<void>} */
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** @param {import('node:http').IncomingMessage} req */
const readBody = async (req) => {
  /** @type {Buffer[]} */
  const chunks = []
  for await (const chunk of req) chunks.push(chunk)
  return Buffer.concat(chunks)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sandbox = await startHtmlSandbox({
    port: Number(process.env.PORT ?? 5177),
    ...(process.env.DEMO_SERVER_URL && { demoServerUrl: process.env.DEMO_SERVER_URL }),
    ...(process.env.BELVO_SDK_SRC && { sdkSrc: process.env.BELVO_SDK_SRC }),
  })
  console.log(`HTML sandbox  ${sandbox.url}`)
  const stop = () => sandbox.close().then(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
