import { isValidLinkId } from '@belvo-widget/server'
import { accountsOfVisitorLink, BelvoDataError } from '../../../../../lib/belvo'
import { visitorSession } from '../../../../../lib/session'

const error = (status: number, code: string, message: string) =>
  Response.json({ error: { code, message } }, { status })

/** `GET /api/links/:id/accounts`: the accounts of a link this visitor created. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  if (!isValidLinkId(id)) return error(400, 'invalid_request', 'Not a Belvo link id.')
  const session = await visitorSession()
  try {
    const { accounts, claimed } = await accountsOfVisitorLink(id, session)
    if (claimed) {
      // One token, one link: the next link needs a new token.
      session.links = [...(session.links ?? []), id]
      session.tokenIssuedAt = undefined
      await session.save()
    }
    return Response.json({ accounts }, { headers: { 'cache-control': 'no-store' } })
  } catch (caught) {
    if (caught instanceof BelvoDataError) {
      return caught.status === 404
        ? error(404, 'link_not_found', `No link ${id} for this visitor.`)
        : error(502, 'belvo_error', caught.message)
    }
    throw caught
  }
}
