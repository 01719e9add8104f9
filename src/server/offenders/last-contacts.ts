import 'server-only'
import type { Tx } from '../db'
import { overdueAppointment, overdueReview } from './offender.select'

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

/**
 * Overdue items per person (appointments without an outcome, registration reviews missed), counted for the
 * given ids only: Prisma's filtered `_count` aggregates the whole Contact table before joining.
 */
export async function overdueItems(db: Pick<Tx, 'contact' | 'riskFlag'>, offenderIds: string[], now: Date) {
  const counts = new Map<string, number>()
  if (offenderIds.length === 0) return counts
  const [contacts, flags] = await Promise.all([
    db.contact.groupBy({ by: ['offenderId'], where: { offenderId: { in: offenderIds }, ...overdueAppointment(now) }, _count: { _all: true } }),
    db.riskFlag.groupBy({ by: ['offenderId'], where: { offenderId: { in: offenderIds }, ...overdueReview(now) }, _count: { _all: true } }),
  ])
  for (const row of [...contacts, ...flags]) counts.set(row.offenderId, (counts.get(row.offenderId) ?? 0) + row._count._all)
  return counts
}
