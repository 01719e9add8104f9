import 'server-only'
import { londonDay } from '../../lib/dates'
import type { MappaAgendaReason, Region } from '../../generated/prisma/enums'
import type { Tx } from '../db'

type Meeting = { id: string; area: Region; level: number; startsAt: Date }
type Db = Pick<Tx, 'mappaNominal' | 'mappaAgendaItem'>

/** The end of the meeting's day: a review due any time that day belongs on its agenda. */
const meetingDay = (m: Meeting) => new Date(`${londonDay(m.startsAt)}T00:00:00Z`)

/**
 * Nominals the meeting should review: its area and level, review due on or before the meeting day, not already
 * on this agenda, and not listed on another open meeting (a deferred item frees the nominal for the next one).
 * Most overdue first.
 */
export function dueForReview(db: Db, meeting: Meeting) {
  return db.mappaNominal.findMany({
    where: {
      area: meeting.area,
      level: meeting.level,
      endedAt: null,
      nextReviewDate: { lte: meetingDay(meeting) },
      agendaItems: { none: { status: 'LISTED', meeting: { OR: [{ id: meeting.id }, { status: { in: ['SCHEDULED', 'PUBLISHED'] } }] } } },
    },
    select: { id: true, offenderId: true },
    orderBy: [{ nextReviewDate: 'asc' }, { offenderId: 'asc' }],
  })
}

/** Adds one person at the end of the agenda; an existing item for them is reused (no duplicates). */
export async function appendToAgenda(tx: Db, meetingId: string, item: { offenderId: string; nominalId: string; referralId?: string; reason: MappaAgendaReason }) {
  const last = await tx.mappaAgendaItem.aggregate({ where: { meetingId }, _max: { position: true } })
  return tx.mappaAgendaItem.upsert({
    where: { meetingId_offenderId: { meetingId, offenderId: item.offenderId } },
    create: { meetingId, ...item, position: (last._max.position ?? 0) + 1 },
    update: { status: 'LISTED', deferReason: null, ...(item.referralId ? { referralId: item.referralId, reason: item.reason } : {}) },
  })
}

/** Builds (or tops up) the agenda with every review now due; returns how many were added. */
export async function buildAgenda(tx: Db, meeting: Meeting): Promise<number> {
  const due = await dueForReview(tx, meeting)
  const last = await tx.mappaAgendaItem.aggregate({ where: { meetingId: meeting.id }, _max: { position: true } })
  const start = (last._max.position ?? 0) + 1
  await tx.mappaAgendaItem.createMany({
    data: due.map((n, i) => ({ meetingId: meeting.id, offenderId: n.offenderId, nominalId: n.id, reason: 'REVIEW' as const, position: start + i })),
    skipDuplicates: true,
  })
  return due.length
}
