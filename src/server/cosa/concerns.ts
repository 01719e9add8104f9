import 'server-only'
import { londonDay, todayInLondon } from '../../lib/dates'
import { z } from 'zod'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { invalid, notFound } from '../errors'
import { authorize, circleWorkable, offenderWritable, signedInVolunteer, volunteerCircleVisible, type Actor } from '../policy'
import { trimmedText } from '../zod-fields'
import { coreMemberLimited, coreMemberSelect, namedCoreMember } from './rota-core-members'
import { redactedConcern } from './redacted-rows'

export const ZRaiseConcern = z.object({ circleId: z.uuid('chooseOption'), urgency: z.enum(['URGENT', 'ROUTINE'], 'chooseOption'), description: trimmedText().min(1).max(2000) })
export const ZPassOnConcern = z.object({ concernId: z.uuid(), riskJudgement: trimmedText().min(1).max(2000) })
export const ZConcernOutcome = z.object({ concernId: z.uuid(), outcome: trimmedText().min(1).max(2000) })

/** A volunteer raises a concern about the core member of a circle they serve in; it reaches the coordinator at once. */
export async function raiseConcern(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.portal')
  const { circleId, urgency, description } = ZRaiseConcern.parse(input)
  return prisma.$transaction(async (tx) => {
    const member = await tx.circleMember.findFirst({ where: { circleId, leftOn: null, volunteer: signedInVolunteer(actor), circle: volunteerCircleVisible(actor) }, select: { volunteerId: true } })
    if (!member) throw invalid('circleId', 'chooseOption')
    const concern = await tx.cosaConcern.create({ data: { circleId, volunteerId: member.volunteerId, urgency, description } })
    await recordAudit(tx, actor, { action: 'cosa.concern.raise', subjectType: 'CosaConcern', subjectId: concern.id, detail: { urgency } })
    return { id: concern.id }
  })
}

/**
 * The coordinator records their risk judgement and passes the concern on: it becomes a sensitive partner update on
 * the core member's timeline, where their offender manager sees it, time-stamped.
 */
export async function passOnConcern(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const { concernId, riskJudgement } = ZPassOnConcern.parse(input)
  return prisma.$transaction(async (tx) => {
    const concern = await tx.cosaConcern.findFirst({ where: { id: concernId, status: 'RAISED', circle: circleWorkable(actor) }, include: { circle: { select: { coreMemberId: true } } } })
    if (!concern) throw notFound()
    const passedAt = new Date()
    const contact = await tx.contact.create({
      data: { offenderId: concern.circle.coreMemberId, type: 'PARTNER_UPDATE', occurredAt: passedAt, notes: `${concern.description}\n\n${riskJudgement}`, isSensitive: true, authorId: actor.userId, authorAgencyId: actor.agencyId },
    })
    await tx.cosaConcern.update({ where: { id: concernId }, data: { status: 'PASSED_ON', riskJudgement, passedAt, passedById: actor.userId, contactId: contact.id } })
    await recordAudit(tx, actor, { action: 'cosa.concern.passOn', subjectType: 'CosaConcern', subjectId: concernId, offenderId: concern.circle.coreMemberId, detail: { urgency: concern.urgency, contactId: contact.id } })
    return { id: concernId, offenderId: concern.circle.coreMemberId }
  })
}

/** The supervising officer records what was done about a concern passed to them; it then closes. */
export async function recordConcernOutcome(actor: Actor, input: unknown) {
  authorize(actor, 'offender.update')
  const { concernId, outcome } = ZConcernOutcome.parse(input)
  return prisma.$transaction(async (tx) => {
    const concern = await tx.cosaConcern.findFirst({ where: { id: concernId, status: 'PASSED_ON', circle: { coreMember: offenderWritable(actor) } }, include: { circle: { select: { coreMemberId: true } } } })
    if (!concern) throw notFound()
    await tx.cosaConcern.update({ where: { id: concernId }, data: { status: 'CLOSED', outcome, outcomeAt: new Date(), outcomeById: actor.userId } })
    await recordAudit(tx, actor, { action: 'cosa.concern.outcome', subjectType: 'CosaConcern', subjectId: concernId, offenderId: concern.circle.coreMemberId })
    return { id: concernId, offenderId: concern.circle.coreMemberId }
  })
}

/** Open concerns for the coordinator; an urgent one not passed on the day it was raised is a breach. */
export async function openConcerns(actor: Actor) {
  authorize(actor, 'cosa.manage')
  const rows = await prisma.cosaConcern.findMany({
    where: { status: { in: ['RAISED', 'PASSED_ON'] }, circle: { providerAgencyId: actor.agencyId } },
    orderBy: [{ urgency: 'asc' }, { raisedAt: 'asc' }],
    include: { volunteer: { select: { firstName: true } }, circle: { select: { coreMember: coreMemberSelect(actor) } } },
  })
  const today = todayInLondon()
  return rows.map(({ circle, ...c }) => {
    const row = { ...c, breach: c.urgency === 'URGENT' && (c.passedAt ? londonDay(c.passedAt) !== londonDay(c.raisedAt) : londonDay(c.raisedAt) !== today) }
    // About someone the coordinator may not see: urgency, dates and breach only; someone with access passes it on (ADR 0023).
    return coreMemberLimited(actor, circle.coreMember) ? redactedConcern(row) : { ...row, restricted: false as const, coreMember: namedCoreMember(actor, circle.coreMember) }
  })
}

/** Concerns passed on about a person, for their supervising officer on the record's COSA page. */
export async function concernsAbout(actor: Actor, offenderId: string) {
  authorize(actor, 'cosa.refer')
  return prisma.cosaConcern.findMany({
    where: { status: { in: ['PASSED_ON', 'CLOSED'] }, circle: { coreMemberId: offenderId, coreMember: offenderWritable(actor) } },
    orderBy: { raisedAt: 'desc' },
    select: { id: true, urgency: true, description: true, riskJudgement: true, passedAt: true, status: true, outcome: true, outcomeAt: true },
  })
}

/** Circles the signed-in volunteer serves in, for the concern form (the core member's first name only). */
export async function myCircles(actor: Actor) {
  authorize(actor, 'cosa.portal')
  return prisma.circle.findMany({
    where: { ...volunteerCircleVisible(actor), status: { in: ['FORMING', 'ACTIVE', 'ENDING'] }, members: { some: { leftOn: null, volunteer: signedInVolunteer(actor) } } },
    select: { id: true, coreMember: { select: { firstName: true } } },
  })
}
