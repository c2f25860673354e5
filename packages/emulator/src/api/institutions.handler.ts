import { sendJson } from '../server/http.ts'
import { type Handler, notFound } from '../server/router.ts'
import { apiInstitutions, INSTITUTION_FILTERS } from './institutions.ts'
import { applyFilters, project } from './query.ts'
import { sendPage } from './respond.ts'

/** `GET /api/institutions/`: the sandbox institutions, filtered and paged. */
export const listInstitutions: Handler = ({ res, url }) =>
  sendPage(res, url, applyFilters(apiInstitutions(), url.searchParams, INSTITUTION_FILTERS))

/** `GET /api/institutions/{id}/`. */
export const institutionDetail: Handler = (request) => {
  const institution = apiInstitutions().find((i) => String(i.id) === request.params.id)
  if (!institution) return notFound(request)
  sendJson(request.res, 200, project(institution, request.url.searchParams))
}
