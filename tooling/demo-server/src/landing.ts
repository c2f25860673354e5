import { CREDENTIAL_HINTS } from '@belvo-widget/sandbox-kit'

export { FAVICON_SVG } from '@belvo-widget/sandbox-kit'

/** A page this server links to from its root. */
export interface DemoLink {
  name: string
  url: string
}

/** Where `pnpm dev` starts the sandboxes and Storybook by default. */
export const DEFAULT_DEMO_LINKS: DemoLink[] = [
  { name: 'Plain JS sandbox', url: 'http://localhost:5173/' },
  { name: 'React sandbox', url: 'http://localhost:5174/' },
  { name: 'Vue sandbox', url: 'http://localhost:5175/' },
  { name: 'Angular sandbox', url: 'http://localhost:5176/' },
  { name: 'Storybook', url: 'http://localhost:6006/' },
]

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

/**
 * The root page: what this server is, where it sends Belvo's calls, its routes, the sandbox
 * credentials and the apps that use it. No key or token appears on it.
 */
export function landingPage({ belvoEnv, links }: { belvoEnv: string; links: DemoLink[] }): string {
  const emulated = !['sandbox', 'production'].includes(belvoEnv)
  // The emulator's credentials table, worded as the sandboxes show it.
  const rows = CREDENTIAL_HINTS.map(
    ({ username, password, outcome }) =>
      `<tr><td><code>${escapeHtml(username)}</code></td><td><code>${escapeHtml(password)}</code></td><td>${escapeHtml(outcome)}</td></tr>`,
  ).join('\n')
  const apps = links
    .map(
      ({ name, url }) =>
        `<li><a href="${escapeHtml(url)}">${escapeHtml(name)}</a> <code>${escapeHtml(url)}</code></li>`,
    )
    .join('\n')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>belvo-widget demo server</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1d2b36; }
  h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 0.3rem 0.6rem; border-bottom: 1px solid #dde3e8; vertical-align: top; }
  code { font-size: 0.92em; background: #f1f4f6; padding: 0.05rem 0.3rem; border-radius: 4px; }
  a { color: #0e7c66; }
</style>
</head>
<body>
<h1>belvo-widget demo server</h1>
<p>"Your backend" for the sandboxes: it asks Belvo for widget tokens with its secret keys, which
never reach the browser, and reads a link's accounts. Calls to Belvo go to
<code>${escapeHtml(belvoEnv)}</code>${emulated ? ' (the local emulator: no keys, no network)' : ''}.</p>

<h2>Try the widget</h2>
<ul>
${apps}
</ul>

<h2>Sandbox credentials</h2>
<p>${
    emulated
      ? 'The emulator accepts these on any healthy institution (Erebor México, for one):'
      : "This server talks to Belvo, whose sandbox documents its own credentials; these are the emulator's:"
  }</p>
<table>
<thead><tr><th>username</th><th>password</th><th>what happens</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>

<h2>Routes</h2>
<table>
<tbody>
<tr><td><code>POST /api/widget-token</code></td><td><code>{ access }</code>; body <code>{ link_id?, external_id? }</code></td></tr>
<tr><td><code>GET /api/links/:id/accounts</code></td><td><code>{ accounts }</code> of a link</td></tr>
<tr><td><code>GET /api/health</code></td><td><code>{ ok, belvoEnv }</code></td></tr>
</tbody>
</table>
<p>Errors are <code>{ error: { code, message } }</code>.</p>
</body>
</html>
`
}
