import type { IncomingMessage, ServerResponse } from 'node:http'
import { accountsForLink, type SandboxAccount, type SandboxLink } from '../sandbox/accounts.ts'
import { findSandboxInstitution } from '../sandbox/institutions.ts'
import { resolveLogin } from '../sandbox/login.ts'
import { ownersForLink, type SandboxOwner } from '../sandbox/owners.ts'
import {
  balancesForLink,
  type SandboxBalance,
  type SandboxTransaction,
  transactionsForLink,
} from '../sandbox/transactions.ts'
import { type BelvoApiError, belvoError, readJson, sendJson } from '../server/http.ts'
import {
  type DataResource,
  EMULATOR_USER_ID,
  type LinkStore,
  MFA_SESSION_SECONDS,
} from '../server/link-store.ts'
import { apiInstitutions, INSTITUTION_FILTERS } from './institutions.ts'
import { applyFilters, type FilterField, paginate, project } from './query.ts'

/** What the API routes need from the running emulator. */
export interface ApiContext {
  links: LinkStore
  /** True when `id:password` are the emulator's secret keys. */
  keysMatch(id: string, password: string): boolean
  /** `{ id, password }` from the request's HTTP Basic header, if any. */
  basicAuth(req: IncomingMessage): { id: string; password: string } | undefined
  /** The emulator's own URL, for requests without a `Host` header. */
  url: string
}

const DATA_ROUTES = {
  accounts: 'ACCOUNTS',
  transactions: 'TRANSACTIONS',
  owners: 'OWNERS',
  balances: 'BALANCES',
} as const satisfies Record<string, DataResource>

const text = <T>(get: (item: T) => unknown): FilterField<T> => ({ get, kind: 'text' })
const range = <T>(get: (item: T) => unknown): FilterField<T> => ({ get, kind: 'range' })

const LINK_FILTERS: Record<string, FilterField<SandboxLink>> = {
  id: text((l) => l.id),
  institution: text((l) => l.institution),
  access_mode: text((l) => l.access_mode),
  status: text((l) => l.status),
  external_id: text((l) => l.external_id),
  institution_user_id: text((l) => l.institution_user_id),
  refresh_rate: text((l) => l.refresh_rate),
  created_by: text((l) => l.created_by),
  created_at: range((l) => l.created_at),
}

const DATA_FILTERS: { [R in DataResource]: Record<string, FilterField<never>> } = {
  ACCOUNTS: {
    id: text((a: SandboxAccount) => a.id),
    link: text((a: SandboxAccount) => a.link),
    institution: text((a: SandboxAccount) => a.institution.name),
    category: text((a: SandboxAccount) => a.category),
    currency: text((a: SandboxAccount) => a.currency),
    type: text((a: SandboxAccount) => a.type),
    name: text((a: SandboxAccount) => a.name),
    number: text((a: SandboxAccount) => a.number),
    created_at: range((a: SandboxAccount) => a.created_at),
  },
  OWNERS: {
    id: text((o: SandboxOwner) => o.id),
    link: text((o: SandboxOwner) => o.link),
    created_at: range((o: SandboxOwner) => o.created_at),
  },
  TRANSACTIONS: {
    id: text((t: SandboxTransaction) => t.id),
    link: text((t: SandboxTransaction) => t.account.link),
    account: text((t: SandboxTransaction) => t.account.id),
    institution: text((t: SandboxTransaction) => t.account.institution.name),
    type: text((t: SandboxTransaction) => t.type),
    status: text((t: SandboxTransaction) => t.status),
    currency: text((t: SandboxTransaction) => t.currency),
    reference: text((t: SandboxTransaction) => t.reference),
    value_date: range((t: SandboxTransaction) => t.value_date),
    accounting_date: range((t: SandboxTransaction) => t.accounting_date),
    amount: range((t: SandboxTransaction) => t.amount),
    created_at: range((t: SandboxTransaction) => t.created_at),
  },
  BALANCES: {
    id: text((b: SandboxBalance) => b.id),
    link: text((b: SandboxBalance) => b.account.link),
    account: text((b: SandboxBalance) => b.account.id),
    value_date: range((b: SandboxBalance) => b.value_date),
  },
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const MFA_MESSAGE = 'A MFA token is required by the institution to login'

const fail = (res: ServerResponse, status: number, ...errors: BelvoApiError[]) =>
  sendJson(res, status, errors)
const notFound = (res: ServerResponse) => fail(res, 404, belvoError('not_found', 'Not found.'))
const required = (field: string) => belvoError('required', 'This field is required.', field)

async function objectBody(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const body = await readJson(req)
  return body && typeof body === 'object' && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : undefined
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)

/**
 * Belvo's REST API as a backend integration uses it, under `/api/`: the keys check
 * (`GET /api/`), institutions, links (register with MFA, list, detail, patch, delete) and
 * accounts, transactions, owners and balances (retrieve, list, detail). Every route needs
 * HTTP Basic auth with the secret keys. Answers `false` for paths it does not serve.
 */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ApiContext,
): Promise<boolean> {
  const requestUrl = new URL(
    req.url ?? '/',
    req.headers.host ? `http://${req.headers.host}` : ctx.url,
  )
  const path = requestUrl.pathname.replace(/\/?$/, '/')
  const method = req.method ?? 'GET'
  const parts = path.split('/').filter(Boolean) // ['api', resource?, id?]
  if (parts[0] !== 'api' || parts.length > 3 || parts[1] === 'token') return false
  const [, resource, rawId] = parts
  const id = rawId === undefined ? undefined : decodeURIComponent(rawId)
  const known =
    resource === undefined ||
    resource === 'institutions' ||
    resource === 'links' ||
    Object.hasOwn(DATA_ROUTES, resource)
  if (!known) return false

  const auth = ctx.basicAuth(req)
  if (!auth || !ctx.keysMatch(auth.id, auth.password)) {
    fail(res, 401, belvoError('authentication_failed', 'Invalid or missing credentials'))
    return true
  }
  const notAllowed = () =>
    fail(res, 405, belvoError('method_not_allowed', `Method "${method}" not allowed.`))
  const base = `${requestUrl.origin}/api/`
  const list = <T extends object>(items: readonly T[]) => {
    const page = paginate(items, requestUrl)
    return page
      ? sendJson(res, 200, page)
      : fail(res, 404, belvoError('not_found', 'Invalid page.'))
  }

  if (resource === undefined) {
    if (method !== 'GET') notAllowed()
    else
      sendJson(
        res,
        200,
        Object.fromEntries(
          ['institutions', 'links', 'accounts', 'transactions', 'owners', 'balances', 'token'].map(
            (name) => [name, `${base}${name}/`],
          ),
        ),
      )
    return true
  }

  if (resource === 'institutions') {
    if (method !== 'GET') notAllowed()
    else if (id === undefined)
      list(applyFilters(apiInstitutions(), requestUrl.searchParams, INSTITUTION_FILTERS))
    else {
      const institution = apiInstitutions().find((i) => String(i.id) === id)
      if (institution) sendJson(res, 200, project(institution, requestUrl.searchParams))
      else notFound(res)
    }
    return true
  }

  if (resource === 'links') {
    if (id === undefined) {
      if (method === 'GET')
        list(applyFilters(ctx.links.list(), requestUrl.searchParams, LINK_FILTERS))
      else if (method === 'POST') await registerLink(req, res, ctx)
      else if (method === 'PATCH') await resumeLink(req, res, ctx)
      else notAllowed()
      return true
    }
    const link = ctx.links.get(id)
    if (method === 'GET')
      link ? sendJson(res, 200, project(link, requestUrl.searchParams)) : notFound(res)
    else if (method === 'DELETE') {
      if (ctx.links.delete(id)) res.writeHead(204, { 'access-control-allow-origin': '*' }).end()
      else notFound(res)
    } else if (method === 'PATCH') {
      const body = (await objectBody(req)) ?? {}
      if (!link) notFound(res)
      else if (body.access_mode !== 'single' && body.access_mode !== 'recurrent')
        fail(
          res,
          400,
          belvoError(
            'invalid_choice',
            `"${String(body.access_mode)}" is not a valid choice.`,
            'access_mode',
          ),
        )
      else sendJson(res, 200, ctx.links.patch(id, { access_mode: body.access_mode }))
    } else notAllowed()
    return true
  }

  const data = DATA_ROUTES[resource as keyof typeof DATA_ROUTES]
  if (id !== undefined) {
    if (method !== 'GET') notAllowed()
    else {
      const item = ctx.links.find(data, id)
      if (item) sendJson(res, 200, project(item, requestUrl.searchParams))
      else notFound(res)
    }
  } else if (method === 'GET') {
    const query = requestUrl.searchParams
    if (data === 'TRANSACTIONS' && !query.has('link') && !query.has('link__in')) {
      fail(res, 400, required('link'))
    } else list(applyFilters(ctx.links.saved(data) as never[], query, DATA_FILTERS[data]))
  } else if (method === 'POST') await retrieve(req, res, ctx, data)
  else notAllowed()
  return true
}

async function registerLink(req: IncomingMessage, res: ServerResponse, ctx: ApiContext) {
  const body = await objectBody(req)
  if (!body) return fail(res, 400, belvoError('invalid', 'The request body must be a JSON object.'))
  const missing = (['institution', 'username', 'password'] as const).filter((f) => !str(body[f]))
  if (missing.length) return fail(res, 400, ...missing.map(required))
  const institution = body.institution as string
  if (!findSandboxInstitution(institution)) {
    return fail(
      res,
      400,
      belvoError(
        'does_not_exist',
        `Object with name=${institution} does not exist.`,
        'institution',
      ),
    )
  }
  const accessMode = body.access_mode ?? 'recurrent'
  if (accessMode !== 'single' && accessMode !== 'recurrent') {
    return fail(
      res,
      400,
      belvoError('invalid_choice', `"${String(accessMode)}" is not a valid choice.`, 'access_mode'),
    )
  }
  const fetchResources = body.fetch_resources ?? []
  if (!Array.isArray(fetchResources) || fetchResources.some((r) => typeof r !== 'string')) {
    return fail(
      res,
      400,
      belvoError('invalid', 'fetch_resources must be a list of resource names.', 'fetch_resources'),
    )
  }
  if (body.external_id != null && typeof body.external_id !== 'string') {
    return fail(res, 400, belvoError('invalid', 'external_id must be a string.', 'external_id'))
  }
  const username = body.username as string
  const password = body.password as string
  const result = resolveLogin({ institution, username, password, mfaToken: str(body.token) })
  if (result.status === 'error') {
    // Belvo answers its own failures with 500; the institution's refusals with 400.
    return fail(
      res,
      result.code === 'unexpected_error' ? 500 : 400,
      belvoError(result.code, result.message),
    )
  }
  const input = {
    institution,
    access_mode: accessMode,
    external_id: (body.external_id as string | null | undefined) ?? null,
    created_by: EMULATOR_USER_ID,
    credentials_storage: str(body.credentials_storage) ?? '30d',
    stale_in: str(body.stale_in) ?? '365d',
    fetch_resources: fetchResources as string[],
  } as const
  if (result.status === 'success') return sendJson(res, 201, ctx.links.create(input))
  const link = ctx.links.create(input, 'unconfirmed')
  const session = ctx.links.openSession(link.id, { username, password })
  sendJson(res, 428, [
    {
      ...belvoError('token_required', MFA_MESSAGE),
      session: session.session,
      expiry: MFA_SESSION_SECONDS,
      link: link.id,
      token_generation_data: {
        instructions: 'Enter the 6-digit code the institution sent you.',
        type: 'numeric',
        value: '',
        expects_user_input: true,
      },
    },
  ])
}

async function resumeLink(req: IncomingMessage, res: ServerResponse, ctx: ApiContext) {
  const body = (await objectBody(req)) ?? {}
  const missing = (['session', 'token'] as const).filter((f) => !str(body[f]))
  if (missing.length) return fail(res, 400, ...missing.map(required))
  const session = ctx.links.session(body.session as string)
  const link = session ? ctx.links.get(session.link) : undefined
  if (!session || !link || (body.link !== undefined && body.link !== session.link)) {
    return fail(
      res,
      400,
      belvoError(
        'session_expired',
        'The MFA session has expired or does not exist. Register the link again.',
        'session',
      ),
    )
  }
  const result = resolveLogin({
    institution: link.institution,
    username: session.username,
    password: session.password,
    mfaToken: body.token as string,
  })
  if (result.status !== 'success') {
    const { code, message } =
      result.status === 'error' ? result : { code: 'token_required', message: MFA_MESSAGE }
    return fail(res, 400, belvoError(code, message))
  }
  ctx.links.closeSession(session.session)
  sendJson(res, 200, ctx.links.confirm(link.id))
}

async function retrieve(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ApiContext,
  resource: DataResource,
) {
  const body = await objectBody(req)
  if (!body) return fail(res, 400, belvoError('invalid', 'The request body must be a JSON object.'))
  const dated = resource === 'TRANSACTIONS' || resource === 'BALANCES'
  const missing = (dated ? ['link', 'date_from', 'date_to'] : ['link']).filter((f) => !str(body[f]))
  if (missing.length) return fail(res, 400, ...missing.map(required))
  const link = ctx.links.get(body.link as string)
  if (!link) return fail(res, 404, belvoError('not_found', 'Not found.'))
  if (link.status !== 'valid') {
    return fail(
      res,
      400,
      belvoError(
        'invalid',
        'This link is waiting for its MFA token: complete it with PATCH /api/links/ first.',
        'link',
      ),
    )
  }
  const saveData = body.save_data ?? true
  if (typeof saveData !== 'boolean')
    return fail(res, 400, belvoError('invalid', 'Must be a valid boolean.', 'save_data'))
  const account = str(body.account)
  let items: Array<{ id: string }>
  if (dated) {
    const from = body.date_from as string
    const to = body.date_to as string
    for (const [field, value] of [
      ['date_from', from],
      ['date_to', to],
    ] as const) {
      if (!DATE.test(value) || Number.isNaN(Date.parse(value))) {
        return fail(
          res,
          400,
          belvoError(
            'invalid',
            'Date has wrong format. Use one of these formats instead: YYYY-MM-DD.',
            field,
          ),
        )
      }
    }
    if (from > to)
      return fail(
        res,
        400,
        belvoError('invalid', 'date_to must be on or after date_from.', 'date_to'),
      )
    items =
      resource === 'TRANSACTIONS'
        ? transactionsForLink(link).filter(
            (t) =>
              t.value_date >= from && t.value_date <= to && (!account || t.account.id === account),
          )
        : balancesForLink(link, from, to).filter((b) => !account || b.account.id === account)
  } else items = resource === 'ACCOUNTS' ? accountsForLink(link) : ownersForLink(link)
  if (saveData) ctx.links.save(link.id, resource, items)
  sendJson(res, saveData ? 201 : 200, items)
}
