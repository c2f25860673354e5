import { STATUS_CODES } from 'node:http'
import { join } from 'node:path'
import {
  AngularNodeAppEngine,
  createNodeRequestHandler,
  isMainModule,
  writeResponseToNodeResponse,
} from '@angular/ssr/node'
import {
  BelvoServerError,
  createBelvoTokenHandler,
  isValidLinkId,
  toNodeHandler,
} from '@belvo-widget/server'
import express, { type ErrorRequestHandler } from 'express'
import { accountsOfVisitorLink } from './server/belvo'
import { isCrossSite, sessionPassword, visitorSession } from './server/session'

const browserDistFolder = join(import.meta.dirname, '../browser')

const app = express()
const angularApp = new AngularNodeAppEngine()

// Keys from BELVO_SECRET_ID / BELVO_SECRET_PASSWORD and the environment from BELVO_ENV, read
// at the first request (so `ng build`'s route extraction needs none of them).
const widgetToken = toNodeHandler(createBelvoTokenHandler())

app.post('/api/widget-token', async (req, res, next) => {
  if (isCrossSite(req)) {
    res.status(403).json({
      error: { code: 'invalid_request', message: 'Cross-site requests are refused.' },
    })
    return
  }
  // Your authentication goes here: look up the signed-in user and refuse (401) without one.
  // This example only remembers, in a signed cookie, that this browser asked for a token.
  const session = await visitorSession(req, res)
  session.tokenIssuedAt = Date.now()
  await session.save()
  await widgetToken(req, res, next)
})

/** The accounts of a link this visitor created. */
app.get('/api/links/:id/accounts', async (req, res, next) => {
  const { id } = req.params
  try {
    if (!isValidLinkId(id)) throw new BelvoServerError('invalid_request', 'Not a Belvo link id.')
    const session = await visitorSession(req, res)
    const { accounts, claimed } = await accountsOfVisitorLink(id, session)
    if (claimed) {
      // One token, one link: the next link needs a new token.
      session.links = [...(session.links ?? []), id]
      session.tokenIssuedAt = undefined
      await session.save()
    }
    res.set('cache-control', 'no-store').json({ accounts })
  } catch (caught) {
    if (!(caught instanceof BelvoServerError)) return next(caught)
    // { error: { code, message } } with the error's status: 400, 404, 502 or 504.
    res.status(caught.status).json(caught.toJSON())
  }
})

app.use(express.static(browserDistFolder, { maxAge: '1y', index: false, redirect: false }))

// Everything else is the Angular app, rendered on the server.
app.use((req, res, next) => {
  angularApp
    .handle(req)
    .then((response) => (response ? writeResponseToNodeResponse(response, res) : next()))
    .catch(next)
})

// An error answers with its status and that status's name, never the error itself: Express's
// own error page shows the stack trace (with the server's file paths) unless NODE_ENV is
// `production`, which `node dist/server/server.mjs` alone does not set.
const answerErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error)
  const status = Number(error?.status ?? error?.statusCode) || 500
  if (status >= 500) console.error(error)
  res
    .status(status)
    .type('text/plain')
    .send(STATUS_CODES[status] ?? 'Error')
}
app.use(answerErrors)

if (isMainModule(import.meta.url) || process.env.pm_id) {
  try {
    sessionPassword()
  } catch (error) {
    // A production build refuses to start without SESSION_SECRET.
    console.error((error as Error).message)
    process.exit(1)
  }
  const port = Number(process.env.PORT || 4000)
  const host = process.env.HOST || 'localhost'
  app.listen(port, host, (error) => {
    if (error) throw error
    console.log(`Angular SSR example on http://${host}:${port}`)
  })
}

/** The request handler the Angular CLI's dev server and build use. */
export const reqHandler = createNodeRequestHandler(app)
