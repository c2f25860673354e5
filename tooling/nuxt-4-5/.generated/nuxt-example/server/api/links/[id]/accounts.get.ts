import { BelvoServerError, isValidLinkId } from '@belvo-widget/server'

/** `GET /api/links/:id/accounts`: the accounts of a link this visitor created. */
export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id') ?? ''
  try {
    if (!isValidLinkId(id)) throw new BelvoServerError('invalid_request', 'Not a Belvo link id.')
    const session = await visitorSession(event)
    const { accounts, claimed } = await accountsOfVisitorLink(id, session.data)
    if (claimed) {
      // One token, one link: the next link needs a new token.
      await session.update({ links: [...(session.data.links ?? []), id], tokenIssuedAt: undefined })
    }
    setResponseHeader(event, 'cache-control', 'no-store')
    return { accounts }
  } catch (caught) {
    if (!(caught instanceof BelvoServerError)) throw caught
    // { error: { code, message } } with the error's status: 400, 404, 502 or 504.
    setResponseStatus(event, caught.status)
    return caught.toJSON()
  }
})
