import 'server-only'
import type { Tx } from '../db'

/** Most recent contact on or before `now` for each person, in one grouped query (no query per row). */
export async function lastContacts(db: Pick<Tx, 'contact'>, offenderIds: string[], now: Date) {
  if (offenderIds.length === 0) return new Map<string, Date>()
  const rows = await db.contact.groupBy({
    by: ['offenderId'],
    where: { offenderId: { in: offenderIds }, occurredAt: { lte: now } },
    _max: { occurredAt: true },
  })
  return new Map(rows.flatMap((r) => (r._max.occurredAt ? [[r.offenderId, r._max.occurredAt] as const] : [])))
}
