import { calendarFeed } from '@/server/cosa/calendar'

export const dynamic = 'force-dynamic'

/** The longest token worth hashing: real ones are 43 characters; anything far longer is refused unread. */
const MAX_TOKEN_LENGTH = 100

/**
 * A volunteer's calendar (ICS) feed, fetched by their calendar app without a session: the secret in the address
 * is the credential. Unknown, replaced and malformed tokens all answer 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const feed = token.length > MAX_TOKEN_LENGTH ? null : await calendarFeed(token)
  if (feed === null) return new Response(null, { status: 404, headers: { 'Cache-Control': 'private, no-store' } })
  return new Response(feed, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="circle-meetings.ics"',
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  })
}
