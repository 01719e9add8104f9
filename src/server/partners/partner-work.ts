import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import { londonDay } from '../../lib/dates'
import { prisma, type Tx } from '../db'
import { AppError, invalid, notFound, staleRefusal } from '../errors'
import { authorize, type Actor } from '../policy'
import { partnerReferralScope } from '../policy/partner-scopes'
import { closingStage, ZOutcomeAt } from './closing-outcomes'
import { logStep, stepSubject } from './referral-log'
import { ZAssessment, ZCarePlan, ZCloseReferral, ZDecideReferral, ZFirstAppointment, ZProgressNote } from './referral.schemas'

type Status = 'SUBMITTED' | 'ACCEPTED'

/**
 * A referral to one of the caseworker's agency's services, in the state the step needs; with a version, claimed so a
 * colleague's step made in the meantime is a conflict rather than lost (security.md RL-1).
 */
async function claimReferral(tx: Tx, actor: Actor, referralId: string, needs: Status, version: number | null) {
  const referral = await tx.partnerReferral.findFirst({ where: { AND: [{ id: referralId }, partnerReferralScope(actor)] }, select: { ...stepSubject, firstAppointmentAt: true, assessedOn: true, carePlanStartedOn: true } })
  if (!referral) throw notFound()
  // A step from a form drawn before the referral moved on: a stale refusal, offering the reload (walk 59 F1).
  if (referral.status !== needs) throw staleRefusal(needs === 'SUBMITTED' ? 'partnerAlreadyDecided' : referral.status === 'SUBMITTED' ? 'partnerNotAccepted' : 'partnerReferralClosed')
  if (version !== null) {
    const { count } = await tx.partnerReferral.updateMany({ where: { id: referralId, version }, data: { version: { increment: 1 } } })
    if (!count) throw new AppError('CONFLICT')
  }
  return referral
}

// claimReferral as a step's form was drawn, shared by parseAsDrawn's check and the step itself so the two cannot drift.
const referralAsDrawn = (actor: Actor, needs: Status) => ({
  id: 'referralId',
  check: (tx: Tx, referralId: string, version: number) => claimReferral(tx, actor, referralId, needs, version),
})

/** Accepting makes the caseworker the referral's caseworker; rejecting closes it, with the reason. */
export async function decideReferral(actor: Actor, input: unknown) {
  authorize(actor, 'partner.work')
  const drawn = referralAsDrawn(actor, 'SUBMITTED')
  const { referralId, version, decision, reason } = await parseAsDrawn(ZDecideReferral, input, drawn)
  return prisma.$transaction(async (tx) => {
    const referral = await drawn.check(tx, referralId, version)
    const now = new Date()
    const decided = { status: decision, decidedById: actor.userId, decidedAt: now, decisionReason: reason ?? null }
    await tx.partnerReferral.update({ where: { id: referralId }, data: decision === 'ACCEPTED' ? { ...decided, caseworkerId: actor.userId } : { ...decided, closedAt: now } })
    await logStep(tx, actor, referral, decision, reason ?? '')
    return { id: referralId }
  })
}

/** The first appointment offered; it may be rebooked, each booking kept in the history. */
export async function recordFirstAppointment(actor: Actor, input: unknown) {
  authorize(actor, 'partner.work')
  const drawn = referralAsDrawn(actor, 'ACCEPTED')
  const { referralId, version, appointmentAt } = await parseAsDrawn(ZFirstAppointment, input, drawn)
  return prisma.$transaction(async (tx) => {
    const referral = await drawn.check(tx, referralId, version)
    if (appointmentAt < referral.createdAt) throw invalid('appointmentAt', 'partnerBeforeReferral')
    await tx.partnerReferral.update({ where: { id: referralId }, data: { firstAppointmentAt: appointmentAt } })
    await logStep(tx, actor, referral, 'FIRST_APPOINTMENT', '', { at: appointmentAt })
    return { id: referralId }
  })
}

/** The assessment (the first service-level stage): once, on or after the referral day and not in the future. */
export async function recordAssessment(actor: Actor, input: unknown) {
  authorize(actor, 'partner.work')
  const drawn = referralAsDrawn(actor, 'ACCEPTED')
  const { referralId, version, assessedOn, note } = await parseAsDrawn(ZAssessment, input, drawn)
  return prisma.$transaction(async (tx) => {
    const referral = await drawn.check(tx, referralId, version)
    if (referral.assessedOn) throw invalid('_form', 'alreadyRecorded')
    if (assessedOn.toISOString().slice(0, 10) < londonDay(referral.createdAt)) throw invalid('assessedOn', 'partnerBeforeReferral')
    await tx.partnerReferral.update({ where: { id: referralId }, data: { assessedOn } })
    await logStep(tx, actor, referral, 'ASSESSED', note, { on: assessedOn })
    return { id: referralId }
  })
}

/** The care plan (the second stage): once, after the assessment, starting no earlier than it and not in the future. */
export async function startCarePlan(actor: Actor, input: unknown) {
  authorize(actor, 'partner.work')
  const drawn = referralAsDrawn(actor, 'ACCEPTED')
  const { referralId, version, carePlan, startedOn } = await parseAsDrawn(ZCarePlan, input, drawn)
  return prisma.$transaction(async (tx) => {
    const referral = await drawn.check(tx, referralId, version)
    if (!referral.assessedOn) throw invalid('_form', 'partnerAssessmentFirst')
    if (referral.carePlanStartedOn) throw invalid('_form', 'alreadyRecorded')
    if (startedOn < referral.assessedOn) throw invalid('startedOn', 'partnerBeforeAssessment')
    await tx.partnerReferral.update({ where: { id: referralId }, data: { carePlan, carePlanStartedOn: startedOn } })
    await logStep(tx, actor, referral, 'CARE_PLAN', carePlan, { on: startedOn })
    return { id: referralId }
  })
}

/** Progress notes add to the history and never change the referral, so two colleagues' notes never conflict. */
export async function addProgressNote(actor: Actor, input: unknown) {
  authorize(actor, 'partner.work')
  const { referralId, note } = await parseAsDrawn(ZProgressNote, input, { id: 'referralId', versioned: false, check: (tx, id) => claimReferral(tx, actor, id, 'ACCEPTED', null) })
  return prisma.$transaction(async (tx) => {
    const referral = await claimReferral(tx, actor, referralId, 'ACCEPTED', null)
    await logStep(tx, actor, referral, 'PROGRESS', note)
    return { id: referralId }
  })
}

/**
 * Closing with an outcome completes the referral; from then on the caseworker keeps only their own history. The
 * outcome must fit the stage reached (closing-outcomes.ts, issue 15 item 16): otherwise a field error on "outcome",
 * and the transaction leaves the referral as it was.
 */
export async function closeReferral(actor: Actor, input: unknown) {
  authorize(actor, 'partner.work')
  const drawn = referralAsDrawn(actor, 'ACCEPTED')
  const { referralId, version, outcome, outcomeNote } = await parseAsDrawn(ZCloseReferral, input, drawn)
  return prisma.$transaction(async (tx) => {
    const referral = await drawn.check(tx, referralId, version)
    if (!ZOutcomeAt(closingStage(referral, new Date())).safeParse(outcome).success) throw invalid('outcome', 'partnerOutcomeNotFitting')
    await tx.partnerReferral.update({ where: { id: referralId }, data: { status: 'COMPLETED', outcome, outcomeNote, closedAt: new Date() } })
    await logStep(tx, actor, referral, 'CLOSED', outcomeNote, { outcome })
    return { id: referralId }
  })
}
