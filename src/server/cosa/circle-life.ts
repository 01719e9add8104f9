import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import type { AuditAction } from '../audit/audit-actions'
import { addMonths } from 'date-fns'
import { londonToday } from '../../lib/dates'
import { sameWording } from '../../lib/same-wording'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { AppError, invalid, notFound, staleRefusal } from '../errors'
import { ticked } from '../zod-fields'
import { authorize, type Actor } from '../policy'
import { isBeforeEnding, isBeforeStart, isEndingAhead } from './circle-dates'
import { cancelMeetingsAfterEnding, endingWouldCancel } from './circle-ending-meetings'
import { circleHasMet } from './circle-meeting-dates'
import { circleAsDrawn, circleOf } from './circle-claim'
import { ZAgreedGoals, ZBeginEnding, ZCircleReview, ZCloseCircle, ZReturnToRunning, ZOuterMember, ZQuestionnaire, ZRemoveOuterMember } from './circle-life.schemas'
import { partnerAgency } from '../agencies/partner-agency'
import { refuseUnlessCircle } from './circle-status'

const notClosed = ['FORMING', 'ACTIVE', 'ENDING'] as const
const audit = (action: AuditAction, circle: { id: string; coreMemberId: string }, detail?: Record<string, string | number | null>) =>
  ({ action, subjectType: 'Circle', subjectId: circle.id, offenderId: circle.coreMemberId, ...(detail ? { detail } : {}) })

/** The goals the core member agreed with the circle, which its volunteers see. */
export async function setAgreedGoals(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const drawn = circleAsDrawn(actor, notClosed)
  const { circleId, version, agreedGoals, goalsAgreedOn } = await parseAsDrawn(ZAgreedGoals, input, drawn)
  return prisma.$transaction(async (tx) => {
    const circle = await drawn.check(tx, circleId, version)
    await tx.circle.update({ where: { id: circleId }, data: { agreedGoals, goalsAgreedOn } })
    await recordAudit(tx, actor, audit('cosa.circle.goals', circle))
    return { id: circleId }
  })
}

/**
 * Names a professional of the outer circle: probation, police, MAPPA or another agency round the core member. One
 * person of one agency is named once while they are in it (walk-through D8 of issue 16: added twice, offered twice at
 * every review); the circle row is held so two sent at once cannot both pass that check. Input: ZOuterMember.
 * Output: { id } of the circle. Errors: `name` outerMemberTwice; `agencyId` chooseOption; NOT_FOUND.
 */
export async function addOuterMember(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const { circleId, agencyId, name, role, email } = ZOuterMember.parse(input)
  return prisma.$transaction(async (tx) => {
    // circleOf holds the circle's row, so two of the same member sent at once record one.
    const circle = await circleOf(tx, actor, circleId)
    refuseUnlessCircle(circle.status, notClosed)
    if (!(await tx.agency.count({ where: { id: agencyId, ...partnerAgency } }))) throw invalid('agencyId', 'chooseOption')
    const named = await tx.circleOuterMember.findMany({ where: { circleId, agencyId, removedOn: null }, select: { name: true } })
    if (named.some((m) => sameWording(m.name, name))) throw invalid('name', 'outerMemberTwice')
    const member = await tx.circleOuterMember.create({ data: { circleId, agencyId, name, role, email: email ?? null, addedById: actor.userId } })
    await recordAudit(tx, actor, audit('cosa.circle.outer.add', circle, { outerMemberId: member.id }))
    return { id: circleId }
  })
}

/** The professional leaves the outer circle; reviews they took part in keep their name. */
export async function removeOuterMember(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const { circleId, outerMemberId } = ZRemoveOuterMember.parse(input)
  return prisma.$transaction(async (tx) => {
    const circle = await circleOf(tx, actor, circleId)
    refuseUnlessCircle(circle.status, notClosed)
    const { count } = await tx.circleOuterMember.updateMany({ where: { id: outerMemberId, circleId, removedOn: null }, data: { removedOn: londonToday() } })
    // Someone else recorded the leaving since the page was drawn: a stale page, not a record that does not exist.
    if (!count) throw (await tx.circleOuterMember.count({ where: { id: outerMemberId, circleId } })) ? staleRefusal('outerMemberRemoved') : notFound()
    await recordAudit(tx, actor, audit('cosa.circle.outer.remove', circle, { outerMemberId }))
    return { id: circleId }
  })
}

/**
 * A review with the outer circle: quarterly while the circle runs (setting the next), and the end review once it
 * is ending — once only, the circle row held so two sent at once record one (walk-through D10 of issue 16). Those who
 * took part are kept by name, so the record stands if they later leave the outer circle.
 */
export async function recordCircleReview(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const { circleId, kind, heldOn, outerMemberIds, progress, nextReviewOn } = ZCircleReview.parse(input)
  return prisma.$transaction(async (tx) => {
    // circleOf holds the circle's row: one end review however many are sent at once.
    const circle = await circleOf(tx, actor, circleId)
    refuseUnlessCircle(circle.status, ['ACTIVE', 'ENDING'])
    if (kind === 'END' && circle.status !== 'ENDING') throw invalid('kind', 'endReviewOnlyEnding')
    if (kind === 'END' && (await tx.circleReview.count({ where: { circleId, kind: 'END' } }))) throw invalid('kind', 'endReviewRecorded')
    // Before its ending date the circle is still running: the page says when the end review opens (cosa16 item 1).
    if (kind === 'END' && isEndingAhead(circle, londonToday())) throw invalid('_form', 'endingNotOpenYet')
    if (isBeforeStart(circle, heldOn)) throw invalid('heldOn', 'beforeCircleStart')
    if (kind === 'END' && isBeforeEnding(circle, heldOn)) throw invalid('heldOn', 'beforeEndingFrom')
    const outer = await tx.circleOuterMember.findMany({ where: { id: { in: outerMemberIds }, circleId, removedOn: null }, include: { agency: { select: { name: true } } } })
    if (outer.length !== new Set(outerMemberIds).size) throw invalid('outerMemberIds', 'chooseOption')
    // The outer members themselves, so each agency is named in the reader's language (re-walk D12 of issue 16); the
    // text stays as it was written then, for an export or an old reader.
    const attendees = outer.map((o) => `${o.name} (${o.role}, ${o.agency.name})`)
    const review = await tx.circleReview.create({ data: { circleId, kind, heldOn, attendees, outerMemberIds: outer.map((o) => o.id), progress, nextReviewOn, recordedById: actor.userId } })
    await recordAudit(tx, actor, audit('cosa.circle.review', circle, { reviewId: review.id, kind }))
    return { id: circleId }
  })
}

/** Without a planned end, an ending may begin at most this many months ahead (COSA break test item 4). */
export const ENDING_AHEAD_MONTHS = 6

/**
 * An active circle begins its ending phase from `endingFrom` (today or ahead, not before it started): meetings thin
 * out towards the end review and the questionnaire, which are dated on or after it (issue 16 item 11). `endingFrom`
 * must be on or before the circle's planned end, or, with none, within ENDING_AHEAD_MONTHS (6) months of today (London),
 * so a circle cannot be left "ending" for years (COSA break test item 4). Its meetings after `endingFrom` without
 * minutes are cancelled in the same transaction (cosa16 item 1); when there are any, only once `confirm` is ticked:
 * without it, a `confirm` field error with `details.endingCancels` `{ meetings, confirmations, unconfirmed }` (fix16a item 3; walk 25 O6). An
 * ending that cancels no meeting begins without asking (re-check of issue 16, D3). Errors: field
 * messages on `endingFrom`.
 * Output: { id, cancelled } — the number of meetings cancelled, for the confirmation.
 */
export async function beginCircleEnding(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const drawn = circleAsDrawn(actor, ['ACTIVE'], { ENDING: 'alreadyEnding' })
  const { circleId, version, endingReason, endingFrom, confirm } = await parseAsDrawn(ZBeginEnding, input, drawn)
  return prisma.$transaction(async (tx) => {
    const circle = await drawn.check(tx, circleId, version)
    if (isBeforeStart(circle, endingFrom)) throw invalid('endingFrom', 'beforeCircleStart')
    const today = londonToday()
    if (endingFrom < today) throw invalid('endingFrom', 'notInPast')
    if (circle.plannedEndDate ? endingFrom > circle.plannedEndDate : endingFrom > addMonths(today, ENDING_AHEAD_MONTHS)) throw invalid('endingFrom', circle.plannedEndDate ? 'endingAfterPlannedEnd' : 'endingTooFarAhead')
    // It may cancel meetings, confirmed ones included: the coordinator is told how many and confirms (fix16a item 3).
    // An ending that cancels none has nothing to confirm, so it is not asked (re-check of issue 16, D3).
    const cancels = await endingWouldCancel(tx, circleId, endingFrom)
    if (cancels.meetings > 0 && !confirm) throw new AppError('VALIDATION', 'VALIDATION', { confirm: ['endingCancelConfirm'] }, { endingCancels: cancels })
    await tx.circle.update({ where: { id: circleId }, data: { status: 'ENDING', endingReason, endingFrom } })
    const cancelled = await cancelMeetingsAfterEnding(tx, circleId, endingFrom)
    await recordAudit(tx, actor, audit('cosa.circle.ending', circle, { meetingsCancelled: cancelled }))
    return { id: circleId, cancelled }
  })
}

/**
 * Undoes beginning the ending ("return to running"): the circle is ACTIVE again, its ending reason and date cleared,
 * audited — only while nothing of the ending is recorded (no end review, no questionnaire), else a form message
 * (COSA break test item 4). Input: circleId, version. Output: { id }.
 */
export async function returnCircleToRunning(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const drawn = circleAsDrawn(actor, ['ENDING'])
  const { circleId, version } = await parseAsDrawn(ZReturnToRunning, input, drawn)
  return prisma.$transaction(async (tx) => {
    const circle = await drawn.check(tx, circleId, version)
    const recorded = (await tx.circleReview.count({ where: { circleId, kind: 'END' } })) + (await tx.circleQuestionnaire.count({ where: { circleId } }))
    if (recorded) throw staleRefusal('endingAlreadyRecorded')
    await tx.circle.update({ where: { id: circleId }, data: { status: 'ACTIVE', endingReason: null, endingFrom: null } })
    await recordAudit(tx, actor, audit('cosa.circle.ending.undo', circle))
    return { id: circleId }
  })
}

/** The core member's end-of-circle questionnaire, recorded by the coordinator once the circle is ending. */
export async function recordQuestionnaire(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const { circleId, ...answers } = ZQuestionnaire.parse(input)
  return prisma.$transaction(async (tx) => {
    const circle = await circleOf(tx, actor, circleId) // holds the circle: one questionnaire, never beside a close
    refuseUnlessCircle(circle.status, ['ENDING'], { ACTIVE: 'questionnaireOnlyEnding' })
    if (await tx.circleQuestionnaire.count({ where: { circleId } })) throw invalid('_form', 'alreadyRecorded')
    if (isEndingAhead(circle, londonToday())) throw invalid('_form', 'endingNotOpenYet')
    if (isBeforeStart(circle, answers.completedOn)) throw invalid('completedOn', 'beforeCircleStart')
    if (isBeforeEnding(circle, answers.completedOn)) throw invalid('completedOn', 'beforeEndingFrom')
    await tx.circleQuestionnaire.create({ data: { circleId, ...answers, recordedById: actor.userId } })
    await recordAudit(tx, actor, audit('cosa.circle.questionnaire', circle))
    return { id: circleId }
  })
}

/**
 * Closes an ending circle once the end review and the questionnaire are recorded: its coming meetings are
 * cancelled and its volunteers are released, which frees their circle places. A forming circle is withdrawn the
 * same way, with `withdrawnReason` (kept as its ending reason) and no review or questionnaire, as it never met: the
 * core member withdraws consent, which a circle needs, or the referral proves mistaken (break test of issue 16, D9:
 * a forming circle could only be got rid of by starting it). Input: circleId, version, withdrawnReason (forming
 * only, required), confirm (forming only: the "are you sure" tick, walk 20 D4), withdraw (ticked by the withdraw form: the
 * circle must still be forming, else `circleAlreadyStarted`, stale). Output: { id, cancelled }. Errors: the
 * status refusals of refuseUnlessCircle, `withdrawnReason` withdrawnReasonRequired (O3 of the re-walk: its own
 * message), VALIDATION `confirm: withdrawConfirm` with `details.withdrawal` ({ volunteers }: how many it releases)
 * until confirmed, endingNotOpenYet, endReviewNeeded, questionnaireNeeded (neither for a circle that never met).
 */
export async function closeCircle(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  // The withdraw form is for a forming circle only: one drawn before the circle started is told so, never taken as
  // closing a circle that is ending, nor told "this circle is not ending" (walk 60 F8).
  const drawn = ticked((input as { withdraw?: unknown } | null)?.withdraw)
    ? circleAsDrawn(actor, ['FORMING'], { ACTIVE: 'circleAlreadyStarted', ENDING: 'circleAlreadyStarted' })
    : circleAsDrawn(actor, ['FORMING', 'ENDING'])
  const { circleId, version, withdrawnReason, confirm } = await parseAsDrawn(ZCloseCircle, input, drawn)
  return prisma.$transaction(async (tx) => {
    const circle = await drawn.check(tx, circleId, version)
    const today = londonToday()
    const withdrawn = circle.status === 'FORMING'
    if (withdrawn && !withdrawnReason) throw invalid('withdrawnReason', 'withdrawnReasonRequired')
    // Withdrawing cannot be undone, so it is asked first, as closing and removing a volunteer are (walk 20, D4).
    if (withdrawn && !confirm) {
      const volunteers = await tx.circleMember.count({ where: { circleId, leftOn: null } })
      throw new AppError('VALIDATION', 'VALIDATION', { confirm: ['withdrawConfirm'] }, { withdrawal: { volunteers } })
    }
    // Closed on a day it was ending (the end review, dated on or after endingFrom, is then before it): before that
    // day it is still running, and the page says when closing opens (cosa16 item 1).
    if (!withdrawn) await refuseCloseBeforeEnded(tx, circle, today)
    const cancelled = await tx.circleMeeting.updateMany({ where: { circleId, status: 'SCHEDULED', startsAt: { gt: new Date() } }, data: { status: 'CANCELLED', cancelledReason: null } })
    // Each released membership keeps why (re-walk D10 of issue 16: "Why they left: None recorded").
    await tx.circleMember.updateMany({ where: { circleId, leftOn: null }, data: { leftOn: today, leftBecause: withdrawn ? 'CIRCLE_WITHDRAWN' : 'CIRCLE_CLOSED', leftReason: withdrawn ? withdrawnReason : circle.endingReason } })
    await tx.circle.update({ where: { id: circleId }, data: { status: 'CLOSED', closedOn: today, ...(withdrawn ? { endingReason: withdrawnReason } : {}) } })
    await recordAudit(tx, actor, { ...audit('cosa.circle.close', circle, { meetingsCancelled: cancelled.count, withdrawn: withdrawn ? 1 : 0 }), reason: withdrawnReason ?? null })
    return { id: circleId, cancelled: cancelled.count }
  })
}

/**
 * An ending circle closes from its ending date, once its end review and questionnaire are recorded; one that never
 * met closes with its ending reason alone (walk 41 F2: an outer circle, a review and four scores were invented for it).
 */
async function refuseCloseBeforeEnded(tx: Tx, circle: { id: string; status: string; endingFrom: Date | null }, today: Date) {
  if (isEndingAhead(circle, today)) throw invalid('_form', 'endingNotOpenYet')
  if (!(await circleHasMet(tx, circle.id))) return
  if (!(await tx.circleReview.count({ where: { circleId: circle.id, kind: 'END' } }))) throw invalid('_form', 'endReviewNeeded')
  if (!(await tx.circleQuestionnaire.count({ where: { circleId: circle.id } }))) throw invalid('_form', 'questionnaireNeeded')
}
