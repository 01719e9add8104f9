import 'server-only'
import { londonDay } from '../../lib/dates'
import type { MappaAgendaReason, Region } from '../../generated/prisma/enums'
import type { Tx } from '../db'

type Meeting = { id: string; area: Region; level: number; startsAt: Date }
type Db = Pick<Tx, 'mappaAgendaItem' | '$queryRaw'>

/** Adds one person at the end of the agenda; an existing item for them is reused (no duplicates). */
export async function appendToAgenda(tx: Db, meetingId: string, item: { offenderId: string; nominalId: string; referralId?: string; reason: MappaAgendaReason }) {
  const last = await tx.mappaAgendaItem.aggregate({ where: { meetingId }, _max: { position: true } })
  return tx.mappaAgendaItem.upsert({
    where: { meetingId_offenderId: { meetingId, offenderId: item.offenderId } },
    create: { meetingId, ...item, position: (last._max.position ?? 0) + 1 },
    update: { status: 'LISTED', deferReason: null, ...(item.referralId ? { referralId: item.referralId, reason: item.reason } : {}) },
  })
}

/**
 * Builds (or tops up) the agenda with every review now due, in one INSERT … SELECT (issue 18 item 3: the nominals no
 * longer travel to the app and back). Due: the meeting's area and level, review due on or before the meeting's
 * London day, not already listed on this agenda nor on another open meeting (a deferred item frees the nominal for
 * the next one). Most overdue first; positions follow on from the agenda's last, one per due nominal, and a person
 * already on this agenda (deferred or removed) keeps their item.
 * @returns how many nominals were due (as before, including any whose item already existed)
 */
export async function buildAgenda(tx: Db, meeting: Meeting): Promise<number> {
  const [result] = await tx.$queryRaw<{ due: number }[]>`
    WITH due AS (
      SELECT n.id, n."offenderId", row_number() OVER (ORDER BY n."nextReviewDate", n."offenderId") AS i
      FROM "MappaNominal" n
      WHERE n.area = ${meeting.area}::"Region" AND n.level = ${meeting.level} AND n."endedAt" IS NULL
        AND n."nextReviewDate" <= ${londonDay(meeting.startsAt)}::date
        AND NOT EXISTS (SELECT 1 FROM "MappaAgendaItem" i JOIN "MappaMeeting" m ON m.id = i."meetingId"
          WHERE i."nominalId" = n.id AND i.status = 'LISTED' AND (m.id = ${meeting.id}::uuid OR m.status IN ('SCHEDULED', 'PUBLISHED')))
    ), added AS (
      INSERT INTO "MappaAgendaItem" (id, "meetingId", "offenderId", "nominalId", reason, position)
      SELECT gen_random_uuid(), ${meeting.id}::uuid, due."offenderId", due.id, 'REVIEW',
        due.i + (SELECT coalesce(max(position), 0) FROM "MappaAgendaItem" WHERE "meetingId" = ${meeting.id}::uuid)
      FROM due
      ON CONFLICT ("meetingId", "offenderId") DO NOTHING
    )
    SELECT count(*)::int AS due FROM due`
  return result?.due ?? 0
}
