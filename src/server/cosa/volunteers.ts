import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import { whenMissing } from '../missing-record'
import type { AuditAction } from '../audit/audit-actions'
import { addDays } from 'date-fns'
import type { ZodType } from 'zod'
import type { Prisma } from '../../generated/prisma/client'
import type { VolunteerStage } from '../../generated/prisma/enums'
import { londonToday, todayInLondon } from '../../lib/dates'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { AppError, invalid, notFound } from '../errors'
import { authorize, type Actor } from '../policy'
import { lockRow } from '../row-lock'
import { oneAtATime } from '../submissions/same-content'
import { coreMemberLimited, coreMemberSelect, namedCoreMember } from './rota-core-members'
import { redactedMembership, redactedNonAssociation } from './redacted-rows'
import { placesToCome, releasePlaces } from './release-places'
import { EXPIRY_WARNING_DAYS, stageChangeProblem, vettingAlerts, vettingOf, volunteerStages } from './pipeline'
import { ZChangeStage, ZEnquiry, ZRecordDbs, ZRecordReferences, ZRecordTraining, ZSetCircleLimit } from './volunteers.schemas'

/** A coordinator works with the volunteers of their own provider only. */
const ofProvider = (actor: Actor): Prisma.CosaVolunteerWhereInput => ({ agencyId: actor.agencyId })
/**
 * Records an enquiry: the start of the pipeline. The provider's volunteers are checked first for the same person (the
 * same email address, or the same name and date of birth, any stage, left included: a returning volunteer's history
 * belongs on their record), under a lock on the provider so enquiries sent at once from several tabs are checked one
 * after the other (break 52 F7: five tabs and a later sixth saved six records of one person).
 * Input: ZEnquiry. Output: { id }. Raises VALIDATION `_form` volunteerAlreadyRecorded naming who is recorded.
 */
export async function recordEnquiry(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const data = ZEnquiry.parse(input)
  return prisma.$transaction(async (tx) => {
    await oneAtATime(tx, 'cosa-volunteer-enquiry', actor.agencyId)
    const same = { mode: 'insensitive' as const }
    const known = await tx.cosaVolunteer.findFirst({
      where: { AND: [ofProvider(actor), { OR: [{ email: { equals: data.email, ...same } }, { firstName: { equals: data.firstName, ...same }, lastName: { equals: data.lastName, ...same }, dateOfBirth: data.dateOfBirth }] }] },
      select: { firstName: true, lastName: true },
    })
    if (known) throw invalid('_form', 'volunteerAlreadyRecorded', { name: `${known.firstName} ${known.lastName}` })
    const volunteer = await tx.cosaVolunteer.create({ data: { ...data, agencyId: actor.agencyId } })
    await tx.cosaVolunteerStageChange.create({ data: { volunteerId: volunteer.id, toStage: 'ENQUIRY', changedById: actor.userId } })
    await recordAudit(tx, actor, { action: 'cosa.volunteer.enquiry', subjectType: 'CosaVolunteer', subjectId: volunteer.id })
    return { id: volunteer.id }
  })
}

/** A volunteer of the provider, claimed at the version the coordinator saw. */
async function claim(tx: Tx, actor: Actor, volunteerId: string, version: number) {
  const volunteer = await tx.cosaVolunteer.findFirst({ where: { AND: [{ id: volunteerId }, ofProvider(actor)] } })
  if (!volunteer) throw notFound()
  const { count } = await tx.cosaVolunteer.updateMany({ where: { id: volunteerId, version }, data: { version: { increment: 1 } } })
  if (!count) throw new AppError('CONFLICT')
  return volunteer
}

/**
 * Moves a volunteer along the pipeline (or pauses them, or records that they left), with its gate checked. Leaving
 * takes them out of every circle they serve in, with their reason kept on each membership; leaving or pausing
 * releases their places on meetings still to come, and a paused volunteer stays in their circles but is not placed
 * (rota-inputs.ts), each released place recorded on its meeting (releasePlaces). A volunteer with places to come
 * is asked first: VALIDATION `confirm: stageReleasesConfirm` with `details.stageReleases` ({ name, stage, meetings:
 * ISO instants, circles: each meeting's circle id }) until `confirm`. Returning to Active restores no place. Input: { volunteerId, version, toStage,
 * note, confirm }. Output: { id, circlesLeft, placesReleased }, for the coordinator to be told what changed.
 * Errors: NOT_FOUND, CONFLICT, `toStage` stage-change keys.
 * Rule: earlier walks of issue 16 (a volunteer made "left" or "paused" kept their memberships and future places).
 */
export async function changeVolunteerStage(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  // A stale form (the volunteer changed meanwhile) is told so before its wrong answers (walk 60 F3).
  const { volunteerId, version, toStage, note, confirm } = await parseAsDrawn(ZChangeStage, input, { id: 'volunteerId', check: (tx, id, v) => claim(tx, actor, id, v) })
  return prisma.$transaction(async (tx) => {
    // Their circles held first (in id order), as every COSA write holds a circle before its volunteers (circleOf).
    const serving = await tx.circleMember.findMany({ where: { volunteerId, leftOn: null, volunteer: ofProvider(actor) }, select: { circleId: true } })
    for (const circleId of [...new Set(serving.map((m) => m.circleId))].sort()) await lockRow(tx, 'Circle', circleId)
    // Then the volunteer, as a booking holds them, so a booking in the same instant runs wholly before or after the
    // places are read (break 25, D1).
    await lockRow(tx, 'CosaVolunteer', volunteerId)
    const volunteer = await claim(tx, actor, volunteerId, version)
    const problem = stageChangeProblem(vettingOf(volunteer), toStage, todayInLondon())
    if (problem) throw invalid('toStage', problem)
    // Pausing or leaving gives up their places to come: asked first, naming the meetings, as removal from a circle
    // is (break test of issue 16, D2: the places vanished silently).
    const releaseKind = toStage === 'PAUSED' ? 'PAUSED' : toStage === 'LEFT' ? 'LEFT_SCHEME' : null
    const places = releaseKind ? await placesToCome(tx, volunteerId) : []
    if (releaseKind && !confirm) {
      const meetings = places.map((m) => m.startsAt.toISOString())
      // Each meeting's circle too: a volunteer in two circles meeting at one hour could not tell the rows apart (walk 23, D4).
      if (meetings.length) throw new AppError('VALIDATION', 'VALIDATION', { confirm: ['stageReleasesConfirm'] }, { stageReleases: { name: volunteer.firstName, stage: toStage, meetings, circles: places.map((m) => m.circleId) } })
    }
    await tx.cosaVolunteer.update({ where: { id: volunteerId }, data: { stage: toStage, ...(toStage === 'LEFT' ? { leftReason: note } : {}) } })
    await tx.cosaVolunteerStageChange.create({ data: { volunteerId, fromStage: volunteer.stage, toStage, note: note ?? null, changedById: actor.userId } })
    const { count: circlesLeft } = toStage === 'LEFT'
      ? await tx.circleMember.updateMany({ where: { volunteerId, leftOn: null }, data: { leftOn: londonToday(), leftBecause: 'VOLUNTEER_LEFT', leftReason: note ?? null } })
      : { count: 0 }
    const placesReleased = releaseKind ? await releasePlaces(tx, actor, { volunteerId, places, kind: releaseKind, reason: note ?? null }) : 0
    await recordAudit(tx, actor, { action: 'cosa.volunteer.stage', subjectType: 'CosaVolunteer', subjectId: volunteerId, reason: note ?? null, detail: { from: volunteer.stage, to: toStage, circlesLeft, placesReleased } })
    return { id: volunteerId, circlesLeft, placesReleased }
  })
}

/** One vetting record (DBS, training or references): parse, claim, save, audit. */
function vettingStep<T extends { volunteerId: string; version: number }>(schema: ZodType<T>, action: AuditAction) {
  return async (actor: Actor, input: unknown) => {
    authorize(actor, 'cosa.manage')
    const { volunteerId, version, ...data } = await parseAsDrawn(schema, input, { id: 'volunteerId', check: (tx, id, v) => claim(tx, actor, id, v) })
    return prisma.$transaction(async (tx) => {
      await claim(tx, actor, volunteerId, version)
      await tx.cosaVolunteer.update({ where: { id: volunteerId }, data })
      // The DBS certificate number is personal data: the audit says it was recorded, not what it is.
      await recordAudit(tx, actor, { action, subjectType: 'CosaVolunteer', subjectId: volunteerId })
      return { id: volunteerId }
    })
  }
}

export const recordDbs = vettingStep(ZRecordDbs, 'cosa.volunteer.dbs')
export const recordTraining = vettingStep(ZRecordTraining, 'cosa.volunteer.training')
export const recordReferences = vettingStep(ZRecordReferences, 'cosa.volunteer.references')
export const setCircleLimit = vettingStep(ZSetCircleLimit, 'cosa.volunteer.circleLimit')

/**
 * One volunteer with their history and what needs attention; the read is audited. `circles`: every circle of the
 * provider they serve or served in ({ circleId, kind, joinedOn, leftOn, leftBecause, leftReason, status, coreMember }),
 * those they serve in first, so their page shows their load against their circle limit and why they left the others
 * (walk 20, D15). The core member is named by the one Limited Access rule (namedCoreMember, ADR 0023).
 */
export async function getVolunteer(actor: Actor, volunteerId: string) {
  authorize(actor, 'cosa.manage')
  const volunteer = await prisma.cosaVolunteer.findFirst({
    where: { AND: [{ id: volunteerId }, ofProvider(actor)] },
    include: {
      stageChanges: { orderBy: { changedAt: 'desc' } },
      availability: { orderBy: [{ weekday: 'asc' }, { fromTime: 'asc' }] },
      leave: { where: { toDate: { gte: londonToday() } }, orderBy: { fromDate: 'asc' } },
      // The CRN only: a non-association is a fact about the volunteer, not a window onto the person's record; and
      // not even that for a person the coordinator may not see (redactedNonAssociation).
      nonAssociations: { include: { offender: coreMemberSelect(actor) }, orderBy: { createdAt: 'asc' } },
      circles: {
        where: { circle: { providerAgencyId: actor.agencyId } },
        orderBy: [{ joinedOn: 'desc' }],
        select: { id: true, circleId: true, kind: true, joinedOn: true, leftOn: true, leftBecause: true, leftReason: true, circle: { select: { status: true, coreMember: coreMemberSelect(actor) } } },
      },
    },
  }).catch(whenMissing(null))
  if (!volunteer) throw notFound()
  await recordAudit(prisma, actor, { action: 'cosa.volunteer.view', subjectType: 'CosaVolunteer', subjectId: volunteerId })
  const today = todayInLondon()
  const circles = volunteer.circles
    // A circle whose core member the coordinator may not see counts in the load, with no circle or place id (ADR 0023).
    .map(({ circle, ...m }) => (coreMemberLimited(actor, circle.coreMember) ? redactedMembership({ ...m, status: circle.status }) : { ...m, restricted: false as const, status: circle.status, coreMember: namedCoreMember(actor, circle.coreMember) }))
    .sort((a, b) => Number(a.leftOn !== null) - Number(b.leftOn !== null))
  const nonAssociations = volunteer.nonAssociations.map((n) =>
    coreMemberLimited(actor, n.offender) ? redactedNonAssociation(n) : { restricted: false as const, id: n.id, crn: n.offender.crn, reason: n.reason, createdAt: n.createdAt })
  return { ...volunteer, nonAssociations, circles, alerts: vettingAlerts(vettingOf(volunteer), today, warnUntil(today)) }
}

const warnUntil = (today: string) => addDays(new Date(`${today}T00:00:00Z`), EXPIRY_WARNING_DAYS).toISOString().slice(0, 10)

/** The provider's volunteers by stage, with counts per stage and those whose DBS or training needs attention. */
export async function listVolunteers(actor: Actor, filter: { stage?: string }) {
  authorize(actor, 'cosa.manage')
  const stage = (volunteerStages as readonly string[]).includes(filter.stage ?? '') ? (filter.stage as VolunteerStage) : undefined
  const today = todayInLondon()
  const until = new Date(`${warnUntil(today)}T00:00:00Z`)
  const current = { stage: { notIn: ['LEFT' as const] } }
  const [volunteers, byStage, attention] = await Promise.all([
    prisma.cosaVolunteer.findMany({ where: { AND: [ofProvider(actor), stage ? { stage } : current] }, orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }], take: 500 }),
    prisma.cosaVolunteer.groupBy({ by: ['stage'], where: ofProvider(actor), _count: { _all: true } }),
    prisma.cosaVolunteer.findMany({
      where: { AND: [ofProvider(actor), current, { OR: [{ dbsExpiresOn: { lte: until } }, { trainingExpiresOn: { lte: until } }] }] },
      orderBy: { dbsExpiresOn: 'asc' },
      take: 200,
    }),
  ])
  await recordAudit(prisma, actor, { action: 'cosa.volunteer.list', subjectType: 'Agency', subjectId: actor.agencyId, detail: { stage: stage ?? null } })
  return {
    volunteers,
    counts: Object.fromEntries(byStage.map((g) => [g.stage, g._count._all])) as Partial<Record<VolunteerStage, number>>,
    attention: attention.map((v) => ({ ...v, alerts: vettingAlerts(vettingOf(v), today, warnUntil(today)) })),
  }
}
