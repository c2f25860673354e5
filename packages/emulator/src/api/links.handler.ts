import { API_MESSAGES } from '../sandbox/messages.ts'
import { belvoError, sendErrors, sendJson } from '../server/http.ts'
import { type Handler, notFound } from '../server/router.ts'
import { LINK_FILTERS } from './filters.ts'
import { applyFilters, project } from './query.ts'
import { objectBody, sendPage } from './respond.ts'

/** `GET /api/links/`: every link, however it was made, filtered and paged. */
export const listLinks: Handler = ({ res, url, emulator }) =>
  sendPage(res, url, applyFilters(emulator.links.list(), url.searchParams, LINK_FILTERS))

/** `GET /api/links/{id}/`. */
export const linkDetail: Handler = (request) => {
  const link = request.emulator.links.get(request.params.id ?? '')
  if (!link) return notFound(request)
  sendJson(request.res, 200, project(link, request.url.searchParams))
}

/** `PATCH /api/links/{id}/`: changes `access_mode`, the one field Belvo lets you patch. */
export const patchLink: Handler = async (request) => {
  const { req, res, params, emulator } = request
  const id = params.id ?? ''
  const body = (await objectBody(req)) ?? {}
  if (!emulator.links.get(id)) return notFound(request)
  const mode = body.access_mode
  if (mode !== 'single' && mode !== 'recurrent') {
    return sendErrors(
      res,
      400,
      belvoError('invalid_choice', API_MESSAGES.invalid_choice(mode), 'access_mode'),
    )
  }
  sendJson(res, 200, emulator.links.patch(id, { access_mode: mode }))
}

/** `DELETE /api/links/{id}/`: the link, its saved data and its pending MFA sessions. */
export const deleteLink: Handler = (request) => {
  if (!request.emulator.links.delete(request.params.id ?? '')) return notFound(request)
  request.res.writeHead(204, { 'access-control-allow-origin': '*' }).end()
}
