import 'server-only'
import { z } from 'zod'
import type { Prisma } from '../../generated/prisma/client'
import { londonToday } from '../../lib/dates'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { lockRow } from '../row-lock'
import { invalid, notFound } from '../errors'
import { authorize, type Actor } from '../policy'
import { ZRecordSupervision } from './supervision.schemas'

/** A coordinator supervises the volunteers of their own provider only. */
const ofProvider = (actor: Actor): Prisma.CosaVolunteerWhereInput => ({ agencyId: actor.agencyId })
/** Volunteers in service: matched to a circle, serving, or paused but expected back. */
const inService = { stage: { in: ['MATCHED' as const, 'ACTIVE' as const, 'PAUSED' as const] } }
/** The newest session first; two on one day are ordered by when they were written down. */
const newestFirst: Prisma.CosaSupervisionOrderByWithRelationInput[] = [{ heldOn: 'desc' }, { recordedAt: 'desc' }]

/**
 * Records a supervision session the coordinator held with one of their volunteers, and when the next is due.
 * The notes are personal: the audit says a session was recorded, not what was said.
 */
export async function recordSupervision(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const { volunteerId, heldOn, notes, minutes, nextDueOn } = ZRecordSupervision.parse(input)
  return prisma.$transaction(async (tx) => {
    const volunteer = await tx.cosaVolunteer.findFirst({ where: { AND: [{ id: volunteerId }, ofProvider(actor)] }, select: { stage: true } })
    if (!volunteer) throw notFound()
    if (volunteer.stage === 'LEFT') throw invalid('_form', 'supervisionAfterLeaving')
    // One session a day per volunteer, so a form sent twice records it once (security.md RL-2); holding the volunteer
    // makes two sent at the same instant wait for each other, so the second is told it is recorded, not a 500.
    await lockRow(tx, 'CosaVolunteer', volunteerId)
    if (await tx.cosaSupervision.count({ where: { volunteerId, heldOn } })) throw invalid('heldOn', 'alreadyRecorded')
    await tx.cosaSupervision.create({ data: { volunteerId, heldOn, notes, minutes, nextDueOn, supervisorId: actor.userId } })
    await recordAudit(tx, actor, { action: 'cosa.volunteer.supervision', subjectType: 'CosaVolunteer', subjectId: volunteerId, detail: { heldOn: day(heldOn), nextDueOn: day(nextDueOn) } })
    return { id: volunteerId }
  })
}

const day = (d: Date) => d.toISOString().slice(0, 10)
/** Never supervised counts as the most overdue of all. */
const overdueSince = (v: { nextDueOn: Date | null }) => v.nextDueOn?.getTime() ?? Number.MIN_SAFE_INTEGER

/**
 * A volunteer's supervision sessions, newest first, with who held each. Shown on the volunteer's page, whose
 * read (getVolunteer) is already audited; out of scope and unknown volunteers are both 404.
 */
export async function supervisionsOf(actor: Actor, volunteerId: string) {
  authorize(actor, 'cosa.manage')
  // A malformed id is just another volunteer that is not there.
  if (!z.uuid().safeParse(volunteerId).success) throw notFound()
  const volunteer = await prisma.cosaVolunteer.findFirst({
    where: { AND: [{ id: volunteerId }, ofProvider(actor)] },
    select: {
      supervisions: {
        orderBy: newestFirst,
        take: 100,
        select: { id: true, heldOn: true, notes: true, nextDueOn: true, supervisor: { select: { name: true } } },
      },
    },
  })
  if (!volunteer) throw notFound()
  return volunteer.supervisions.map((s) => ({ id: s.id, heldOn: s.heldOn, notes: s.notes, nextDueOn: s.nextDueOn, supervisorName: s.supervisor.name }))
}

/**
 * Of the volunteers `where` picks, those in service whose supervision is due: the latest session's next date has
 * passed (`nextDueOn`, a London date) or they never had one (`nextDueOn` null); never first, then the longest overdue.
 * Only each volunteer's latest session decides.
 */
async function dueAmong(where: Prisma.CosaVolunteerWhereInput, take: number) {
  const today = londonToday()
  const candidates = await prisma.cosaVolunteer.findMany({
    // A volunteer with no session, or with some session already overdue; the latest decides below.
    where: { AND: [where, inService, { OR: [{ supervisions: { none: {} } }, { supervisions: { some: { nextDueOn: { lt: today } } } }] }] },
    select: { id: true, firstName: true, lastName: true, supervisions: { orderBy: newestFirst, take: 1, select: { heldOn: true, nextDueOn: true } } },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }],
    take,
  })
  return candidates
    .map(({ supervisions: [latest], ...v }) => ({ ...v, lastHeldOn: latest?.heldOn ?? null, nextDueOn: latest?.nextDueOn ?? null }))
    .filter((v) => v.nextDueOn === null || v.nextDueOn < today)
    .sort((a, b) => overdueSince(a) - overdueSince(b))
}

/**
 * Whose supervision is due among some of the coordinator's volunteers, for the rota's cover and choices (walk 45 F6:
 * one overdue was offered as cover with nothing beside her name). Not a rota rule: said beside the name only.
 * Input: the coordinator, volunteer ids. Output: volunteer id → { since: the date it fell due, or null if never
 * supervised }, for those due only. No audit of its own: the rota meeting's view is audited.
 */
export async function supervisionDueOf(actor: Actor, volunteerIds: string[]): Promise<Map<string, { since: Date | null }>> {
  authorize(actor, 'cosa.manage')
  const due = volunteerIds.length ? await dueAmong({ AND: [ofProvider(actor), { id: { in: volunteerIds } }] }, volunteerIds.length) : []
  return new Map(due.map((v) => [v.id, { since: v.nextDueOn }]))
}

/**
 * The provider's volunteers in service whose supervision is overdue (the latest session's next date has passed)
 * or who have never had one: never first, then the longest overdue. Only each volunteer's latest session is read.
 */
export async function supervisionsDue(actor: Actor) {
  authorize(actor, 'cosa.manage')
  const due = await dueAmong(ofProvider(actor), 500)
  await recordAudit(prisma, actor, { action: 'cosa.volunteer.supervision.due', subjectType: 'Agency', subjectId: actor.agencyId, detail: { count: due.length } })
  return due
}
