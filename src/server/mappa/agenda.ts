import 'server-only'
import { londonDay } from '../../lib/dates'
import { Prisma } from '../../generated/prisma/client'
import type { MappaAgendaReason, Region } from '../../generated/prisma/enums'
import type { Tx } from '../db'
import { AppError } from '../errors'
import { lockRow } from '../row-lock'

type Meeting = { id: string; area: Region; level: number; startsAt: Date }

/**
 * Adds one person at the end of the agenda; an existing item for them is reused (no duplicates). MAPPA guidance
 * reviews a nominal at one meeting at a time (issue 16, left item 2): a person listed on another open agenda (not
 * approved, not cancelled; a deferred item frees them) is refused with VALIDATION `field` onAnotherAgenda and
 * `details.otherMeeting` { id, level, startsAt } so the screen can name and link that meeting. The Offender row is
 * held first, so two coordinators adding the person to two meetings at once run one after the other. `managedLevel` is
 * the nominal's level when it is not the meeting's (walk 20, D8); listed again, the item takes the level given now.
 */
export async function appendToAgenda(tx: Tx, meetingId: string, item: { offenderId: string; nominalId: string; referralId?: string; reason: MappaAgendaReason; managedLevel?: number | null }, field = 'crn') {
  await refuseOtherOpenAgenda(tx, meetingId, item.offenderId, field)
  const last = await tx.mappaAgendaItem.aggregate({ where: { meetingId }, _max: { position: true } })
  return tx.mappaAgendaItem.upsert({
    where: { meetingId_offenderId: { meetingId, offenderId: item.offenderId } },
    create: { meetingId, ...item, position: (last._max.position ?? 0) + 1 },
    update: { status: 'LISTED', deferReason: null, managedLevel: item.managedLevel ?? null, ...(item.referralId ? { referralId: item.referralId, reason: item.reason } : {}) },
  })
}

/**
 * The check appendToAgenda makes, also made by a caller before it asks the coordinator to confirm anything else, so a
 * "tick to confirm" never precedes a refusal the tick cannot help (left item 4's kind). Holds the Offender row.
 */
export async function refuseOtherOpenAgenda(tx: Tx, meetingId: string, offenderId: string, field: string): Promise<void> {
  await lockRow(tx, 'Offender', offenderId)
  const other = await tx.mappaMeeting.findFirst({
    where: { id: { not: meetingId }, status: { in: ['SCHEDULED', 'PUBLISHED'] }, agendaItems: { some: { offenderId, status: 'LISTED' } } },
    orderBy: { startsAt: 'asc' },
    select: { id: true, level: true, startsAt: true },
  })
  if (other) throw new AppError('VALIDATION', 'VALIDATION', { [field]: ['onAnotherAgenda'] }, { otherMeeting: other })
}

/**
 * Builds (or tops up) the agenda with every review now due, in one INSERT … SELECT (issue 18 item 3: the nominals no
 * longer travel to the app and back). Due: the meeting's area and level, review due on or before the meeting's
 * London day, not already listed on this agenda nor on another open meeting (a deferred item frees the nominal for
 * the next one). Most overdue first; positions follow on from the agenda's last, one per due nominal, and a person
 * already on this agenda (deferred or removed) keeps their item.
 * @returns how many nominals were due (as before, including any whose item already existed)
 */
export async function buildAgenda(tx: Tx, meeting: Meeting): Promise<number> {
  // Holds the due people's Offender rows (in id order, so two builds cannot deadlock) before the NOT EXISTS below reads
  // the other agendas: a coordinator adding one of them elsewhere in the same instant waits, or is waited for (left item 2).
  await tx.$queryRaw`
    SELECT 1 FROM "Offender" o WHERE o.id IN (
      SELECT n."offenderId" FROM "MappaNominal" n
      WHERE n.area = ${meeting.area}::"Region" AND n.level = ${meeting.level} AND n."endedAt" IS NULL
        AND n."nextReviewDate" <= ${londonDay(meeting.startsAt)}::date)
    ORDER BY o.id FOR UPDATE`
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

/**
 * The meeting's due reviews (its area and level, review due on or before its London day, nominal not ended) listed
 * on another open meeting's agenda and not on this one: one row per nominal and meeting holding it ("nominalId",
 * "meetingId", level, "startsAt"). One definition for the count and the names (walk 41 F4).
 */
const dueOnOtherAgendasRows = (meeting: Meeting) => Prisma.sql`
  SELECT n.id AS "nominalId", m.id AS "meetingId", m.level, m."startsAt"
  FROM "MappaNominal" n
  JOIN "MappaAgendaItem" i ON i."nominalId" = n.id AND i.status = 'LISTED'
  JOIN "MappaMeeting" m ON m.id = i."meetingId" AND m.id <> ${meeting.id}::uuid AND m.status IN ('SCHEDULED', 'PUBLISHED')
  WHERE n.area = ${meeting.area}::"Region" AND n.level = ${meeting.level} AND n."endedAt" IS NULL
    AND n."nextReviewDate" <= ${londonDay(meeting.startsAt)}::date
    AND NOT EXISTS (SELECT 1 FROM "MappaAgendaItem" o WHERE o."meetingId" = ${meeting.id}::uuid AND o."offenderId" = n."offenderId" AND o.status = 'LISTED')`

/**
 * The other open meetings whose agendas hold this meeting's due reviews, so the coordinator is told where they stay,
 * not only how many (walk 41 F4). Input: a database client, the meeting. Output: `{ id, level, startsAt, reviews }[]`,
 * one per other meeting, soonest first; `reviews` counts its nominals that this meeting would otherwise list.
 */
export async function otherAgendasOfDue(db: Pick<Tx, '$queryRaw'>, meeting: Meeting) {
  return db.$queryRaw<{ id: string; level: number; startsAt: Date; reviews: number }[]>`
    SELECT d."meetingId" AS id, d.level, d."startsAt", count(DISTINCT d."nominalId")::int AS reviews
    FROM (${dueOnOtherAgendasRows(meeting)}) d
    GROUP BY d."meetingId", d.level, d."startsAt"
    ORDER BY d."startsAt", d."meetingId"`
}

/**
 * How many of the meeting's due reviews are listed on another open meeting's agenda and not on this one: the ones
 * buildAgenda leaves there, as MAPPA reviews a nominal at one meeting at a time (issue 16 left item 2). The
 * coordinator is told how many, so "Add reviews now due" is not silent about them (walk 37 O7). Output: a count.
 */
export async function dueOnOtherAgendas(tx: Tx, meeting: Meeting): Promise<number> {
  const [result] = await tx.$queryRaw<{ elsewhere: number }[]>`SELECT count(DISTINCT d."nominalId")::int AS elsewhere FROM (${dueOnOtherAgendasRows(meeting)}) d`
  return result?.elsewhere ?? 0
}
