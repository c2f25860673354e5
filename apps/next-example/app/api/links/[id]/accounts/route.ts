import { BelvoServerError, isValidLinkId } from '@belvo-widget/server'
import { accountsOfVisitorLink } from '../../../../../lib/belvo'
import { visitorSession } from '../../../../../lib/session'

/** `GET /api/links/:id/accounts`: the accounts of a link this visitor created. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  try {
    if (!isValidLinkId(id)) throw new BelvoServerError('invalid_request', 'Not a Belvo link id.')
    const session = await visitorSession()
    const { accounts, claimed } = await accountsOfVisitorLink(id, session)
    if (claimed) {
      // One token, one link: the next link needs a new token.
      session.links = [...(session.links ?? []), id]
      session.tokenIssuedAt = undefined
      await session.save()
    }
    return Response.json({ accounts }, { headers: { 'cache-control': 'no-store' } })
  } catch (caught) {
    if (!(caught instanceof BelvoServerError)) throw caught
    // { error: { code, message } } with the error's status: 400, 404, 502 or 504.
    return Response.json(caught.toJSON(), { status: caught.status })
  }
}
