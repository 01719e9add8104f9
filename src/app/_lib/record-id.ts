import { notFound } from 'next/navigation'

/** How Postgres prints a uuid, the type of every record's id (prisma/schema, `@db.Uuid`). */
const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Whether an address segment can be a record's id; anything else would make Postgres refuse the query. */
export function isRecordId(segment: unknown): segment is string {
  return typeof segment === 'string' && RECORD_ID.test(segment)
}

/** Whether every segment of a route's params can be a record's id (a route handler answers 404 otherwise). */
export function areRecordIds(params: Record<string, string>): boolean {
  return Object.values(params).every(isRecordId)
}

/**
 * A page's dynamic segments, each of them a record's id, else the 404 page (break test of issue 16, D3): a malformed
 * id (`not-a-uuid`, `%00`, 3,000 characters) reached a uuid column, and Postgres's refusal became a 500.
 * Input: the page's `params`. Output: the same params. Errors: Next's not-found for any segment that is not a uuid.
 */
export async function recordIds<P extends Record<string, string>>(params: Promise<P>): Promise<P> {
  const p = await params
  if (!areRecordIds(p)) notFound()
  return p
}
