import { sendJson } from '../server/http.ts'
import type { Handler } from '../server/router.ts'

const RESOURCES = [
  'institutions',
  'links',
  'accounts',
  'transactions',
  'owners',
  'balances',
  'token',
]

/** `GET /api/`: the resources, as Belvo's API root lists them (and the keys check). */
export const apiRoot: Handler = ({ res, url }) =>
  sendJson(
    res,
    200,
    Object.fromEntries(RESOURCES.map((name) => [name, `${url.origin}/api/${name}/`])),
  )
