import { sendErrors, sendJson } from '../server/http.ts'
import type { DataResource } from '../server/link-store.ts'
import { type Handler, notFound } from '../server/router.ts'
import { DATA_FILTERS } from './filters.ts'
import { applyFilters, project } from './query.ts'
import { required, sendPage } from './respond.ts'

/** `GET /api/accounts/` and the like: the saved data of every link, filtered and paged. */
export const listData =
  (resource: DataResource): Handler =>
  ({ res, url, emulator }) => {
    const query = url.searchParams
    // Belvo lists transactions of one link at a time.
    if (resource === 'TRANSACTIONS' && !query.has('link') && !query.has('link__in')) {
      return sendErrors(res, 400, required('link'))
    }
    const saved = emulator.links.saved(resource) as never[]
    sendPage(res, url, applyFilters(saved, query, DATA_FILTERS[resource]))
  }

/** `GET /api/accounts/{id}/` and the like: one saved item, whatever its link. */
export const dataDetail =
  (resource: DataResource): Handler =>
  (request) => {
    const item = request.emulator.links.find(resource, request.params.id ?? '')
    if (!item) return notFound(request)
    sendJson(request.res, 200, project(item, request.url.searchParams))
  }
