import { accountsForLink } from '../sandbox/accounts.ts'
import { API_MESSAGES } from '../sandbox/messages.ts'
import { ownersForLink } from '../sandbox/owners.ts'
import { balancesForLink, transactionsForLink } from '../sandbox/transactions.ts'
import { belvoError, sendErrors, sendJson } from '../server/http.ts'
import { nonEmpty } from '../server/link-login.ts'
import type { DataResource } from '../server/link-store.ts'
import { type Handler, notFound } from '../server/router.ts'
import { notAnObject, objectBody, required } from './respond.ts'

const DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * `POST /api/accounts/` and the like: fetches a link's data from the institution (the sandbox
 * tables), kept for the list endpoints unless `save_data: false`.
 */
export const retrieveData =
  (resource: DataResource): Handler =>
  async (request) => {
    const { req, res, emulator } = request
    const body = await objectBody(req)
    if (!body) return notAnObject(res)
    const dated = resource === 'TRANSACTIONS' || resource === 'BALANCES'
    const missing = (dated ? ['link', 'date_from', 'date_to'] : ['link']).filter(
      (field) => !nonEmpty(body[field]),
    )
    if (missing.length) return sendErrors(res, 400, ...missing.map(required))
    const link = emulator.links.get(body.link as string)
    if (!link) return notFound(request)
    if (link.status !== 'valid') {
      return sendErrors(res, 400, belvoError('invalid', API_MESSAGES.link_unconfirmed, 'link'))
    }
    const saveData = body.save_data ?? true
    if (typeof saveData !== 'boolean') {
      return sendErrors(res, 400, belvoError('invalid', API_MESSAGES.not_a_boolean, 'save_data'))
    }
    const account = nonEmpty(body.account)
    let items: Array<{ id: string }>
    if (dated) {
      const from = body.date_from as string
      const to = body.date_to as string
      for (const [field, value] of [
        ['date_from', from],
        ['date_to', to],
      ] as const) {
        if (!DATE.test(value) || Number.isNaN(Date.parse(value))) {
          return sendErrors(res, 400, belvoError('invalid', API_MESSAGES.bad_date, field))
        }
      }
      if (from > to) {
        return sendErrors(res, 400, belvoError('invalid', API_MESSAGES.date_order, 'date_to'))
      }
      items =
        resource === 'TRANSACTIONS'
          ? transactionsForLink(link).filter(
              (t) =>
                t.value_date >= from &&
                t.value_date <= to &&
                (!account || t.account.id === account),
            )
          : balancesForLink(link, from, to).filter((b) => !account || b.account.id === account)
    } else items = resource === 'ACCOUNTS' ? accountsForLink(link) : ownersForLink(link)
    if (saveData) emulator.links.save(link.id, resource, items)
    sendJson(res, saveData ? 201 : 200, items)
  }
