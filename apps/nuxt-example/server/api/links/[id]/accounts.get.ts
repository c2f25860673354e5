import { isValidLinkId } from '@belvo-widget/server'

/** `GET /api/links/:id/accounts`: the accounts of a link this visitor created. */
export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id') ?? ''
  const fail = (status: number, code: string, message: string) => {
    setResponseStatus(event, status)
    return { error: { code, message } }
  }
  if (!isValidLinkId(id)) return fail(400, 'invalid_request', 'Not a Belvo link id.')
  const session = await visitorSession(event)
  try {
    const { accounts, claimed } = await accountsOfVisitorLink(id, session.data)
    if (claimed) {
      // One token, one link: the next link needs a new token.
      await session.update({ links: [...(session.data.links ?? []), id], tokenIssuedAt: undefined })
    }
    setResponseHeader(event, 'cache-control', 'no-store')
    return { accounts }
  } catch (caught) {
    if (caught instanceof BelvoDataError) {
      return caught.status === 404
        ? fail(404, 'link_not_found', `No link ${id} for this visitor.`)
        : fail(502, 'belvo_error', caught.message)
    }
    throw caught
  }
})
