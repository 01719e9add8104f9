import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import { todayInLondon } from '../../lib/dates'
import { prisma, type Tx } from '../db'
import { AppError, invalid, notFound, staleRefusal } from '../errors'
import { authorize, offenderReferable, offenderWritable, type Actor } from '../policy'
import { openReferralStatuses } from '../policy/partner-scopes'
import { pathwaysFor, servicesFor } from './eligibility'
import { logStep, stepSubject } from './referral-log'
import { ZReferToPartner, ZWithdrawReferral } from './referral.schemas'

/**
 * The offender manager refers a person on their caseload to a partner service, with the person's consent to share:
 * the service must be one the person is eligible for, on one of its pathways, with needs from that pathway's catalogue.
 */
export async function referToPartner(actor: Actor, input: unknown) {
  authorize(actor, 'partner.refer')
  const { offenderId, serviceId, pathway, needIds, reason, priority } = ZReferToPartner.parse(input)
  return prisma.$transaction(async (tx) => {
    const person = await tx.offender.findFirst({ where: { AND: [{ id: offenderId }, offenderReferable(actor)] }, select: { id: true, sex: true, dateOfBirth: true, ldu: { select: { region: true } } } })
    if (!person) throw notFound()
    // One referral at a time per person: a double submission or a colleague's simultaneous referral waits here.
    await tx.$queryRaw`SELECT id FROM "Offender" WHERE id = ${offenderId}::uuid FOR UPDATE`
    const service = await tx.partnerService.findFirst({ where: { id: serviceId, active: true }, select: { id: true, pathways: true, substanceMisuse: true } })
    if (!service) throw invalid('serviceId', 'chooseOption')
    if (!(await tx.partnerService.count({ where: { AND: [{ id: serviceId }, servicesFor(person, todayInLondon())] } }))) throw invalid('serviceId', 'partnerNotEligible')
    if (!service.pathways.includes(pathway)) throw invalid('pathway', 'partnerPathwayNotOffered')
    if (!pathwaysFor(person, [pathway]).length) throw invalid('pathway', 'pathwayWomenOnly')
    if (priority && !service.substanceMisuse) throw invalid('priority', 'partnerPriorityNotSubstance')
    const needs = [...new Set(needIds)]
    if ((await tx.supportNeed.count({ where: { id: { in: needs }, pathway, active: true } })) !== needs.length) throw invalid('needIds', 'partnerNeedNotOfPathway')
    if (await tx.partnerReferral.count({ where: { offenderId, serviceId, status: { in: [...openReferralStatuses] } } })) throw invalid('serviceId', 'partnerAlreadyReferred')
    const referral = await tx.partnerReferral.create({
      data: { offenderId, serviceId, referredById: actor.userId, pathway, needIds: needs, reason, consentToShare: true, priority },
      select: stepSubject,
    })
    await logStep(tx, actor, referral, 'REFERRED', reason, { priority })
    return { id: referral.id, offenderId }
  })
}

// An open referral on a record the actor may change, withdrawn at the version the form was drawn from.
async function withdrawOpenReferral(tx: Tx, actor: Actor, referralId: string, version: number) {
  const referral = await tx.partnerReferral.findFirst({ where: { id: referralId, offender: offenderWritable(actor) }, select: stepSubject })
  if (!referral) throw notFound()
  if (referral.status !== 'SUBMITTED' && referral.status !== 'ACCEPTED') throw staleRefusal('partnerReferralClosed')
  const { count } = await tx.partnerReferral.updateMany({ where: { id: referralId, version }, data: { status: 'WITHDRAWN', closedAt: new Date(), version: { increment: 1 } } })
  if (!count) throw new AppError('CONFLICT')
  return referral
}

/** The offender manager withdraws an open referral, saying why; the partner sees the reason in the history. */
export async function withdrawReferral(actor: Actor, input: unknown) {
  authorize(actor, 'partner.refer')
  const { referralId, version, reason } = await parseAsDrawn(ZWithdrawReferral, input, { id: 'referralId', check: (tx, id, v) => withdrawOpenReferral(tx, actor, id, v) })
  return prisma.$transaction(async (tx) => {
    const referral = await withdrawOpenReferral(tx, actor, referralId, version)
    await logStep(tx, actor, referral, 'WITHDRAWN', reason)
    return { id: referralId, offenderId: referral.offenderId }
  })
}
