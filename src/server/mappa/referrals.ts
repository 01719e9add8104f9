import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import { londonDay } from '../../lib/dates'
import { recordAudit } from '../audit/record-audit'
import type { Prisma } from '../../generated/prisma/client'
import { prisma, type Tx } from '../db'
import { AppError, invalid, notFound, staleRefusal } from '../errors'
import { authorize, offenderReferable, referralDecidable, referralWithdrawable, type Actor } from '../policy'
import { appendToAgenda } from './agenda'
import { ZAcceptReferral, ZReturnReferral, ZSubmitReferral, ZWithdrawMappaReferral } from './mappa.schemas'
import { setNominalLevel } from './nominals'
import { oneOpenAtATime } from '../one-open'
import { lockRow } from '../row-lock'
import { refuseFixedAgenda } from './agenda-fixed'

// Stale: the form is gone from the page drawn again (a referral waits), so without the script it is said at the top
// (break 62 F2: the losing tab of two sent at once was shown no message).
const pending = () => staleRefusal('referralPending')

/**
 * The person as the refer form drew them: one the actor may refer (else NOT_FOUND), with no referral waiting (else
 * `referralPending`, stale). Shared by the refusal of a form's answers (parseAsDrawn: a second tab's referral with a
 * blank field vanished without a word, retest 62 F2) and the referral itself. Only reads.
 */
async function referableWithoutPending(tx: Tx, actor: Actor, offenderId: string) {
  if (!(await tx.offender.count({ where: { AND: [{ id: offenderId }, offenderReferable(actor)] } }))) throw notFound()
  if (await tx.mappaReferral.count({ where: { offenderId, status: 'SUBMITTED' } })) throw pending()
}

/**
 * MAPPA A: a referral for level 2 or 3 management, with risk reports attached from the person's documents. One
 * referral awaits a decision per person, held by a partial unique index so simultaneous submits cannot each slip past
 * the count. Errors: ZodError (a sentence date in the future: notInFuture); NOT_FOUND; VALIDATION _form
 * `referralPending`, stale, also before the answers; `sentenceDate: sentenceBeforeBirth`.
 */
export async function submitReferral(actor: Actor, input: unknown) {
  authorize(actor, 'mappa.refer')
  const data = await parseAsDrawn(ZSubmitReferral, input, { id: 'offenderId', versioned: false, check: (tx, id) => referableWithoutPending(tx, actor, id) })
  return oneOpenAtATime(['MappaReferral_one_submitted_per_offender', 'offenderId'], pending, () => prisma.$transaction(async (tx) => {
    await referableWithoutPending(tx, actor, data.offenderId)
    // Nor one passed before the person was born (break 68 F6: a sentence six years before birth was sent).
    const { dateOfBirth } = await tx.offender.findUniqueOrThrow({ where: { id: data.offenderId }, select: { dateOfBirth: true } })
    if (data.sentenceDate && data.sentenceDate <= dateOfBirth) throw invalid('sentenceDate', 'sentenceBeforeBirth')
    const documents = await tx.offenderDocument.count({ where: { id: { in: data.documentIds }, offenderId: data.offenderId } })
    if (documents !== new Set(data.documentIds).size) throw invalid('documentIds', 'chooseOption')
    const referral = await tx.mappaReferral.create({ data: { ...data, referringAgencyId: actor.agencyId, referredById: actor.userId }, select: { id: true } })
    await recordAudit(tx, actor, { action: 'mappa.refer', subjectType: 'MappaReferral', subjectId: referral.id, offenderId: data.offenderId, detail: { category: data.category, levelSought: data.levelSought, area: data.area } })
    return { id: referral.id, offenderId: data.offenderId }
  }))
}

type Outcome = 'ACCEPTED' | 'RETURNED' | 'WITHDRAWN'

/**
 * A waiting referral claimed at the version its form was drawn at, within `reach` (a referral filter from the policy
 * module), and moved to `to` in the same statement, so no caller can leave half of the change out (review 65 C3).
 * Absent from reach is NOT_FOUND; withdrawn meanwhile is `referralWithdrawnMeanwhile`, accepted or returned
 * `referralAlreadyDecided`, both stale, never "does not exist" on a page showing it decided (break 60 F3); two claims
 * at once, the version moves on for one and the other is a CONFLICT. Output: the referral row as it was read.
 */
async function claimWaitingReferral(tx: Tx, actor: Actor, claim: { referralId: string; version: number; to: Outcome }, reach: Prisma.MappaReferralWhereInput) {
  const { referralId, version, to } = claim
  const referral = await tx.mappaReferral.findFirst({ where: { AND: [{ id: referralId }, reach] } })
  if (!referral) throw notFound()
  // Withdrawn is said as such: "decided" sent the coordinator looking for a colleague's decision (review 65 B4).
  if (referral.status === 'WITHDRAWN') throw staleRefusal('referralWithdrawnMeanwhile')
  if (referral.status !== 'SUBMITTED') throw staleRefusal('referralAlreadyDecided')
  const { count } = await tx.mappaReferral.updateMany({ where: { id: referralId, version, status: 'SUBMITTED' }, data: { status: to, version: { increment: 1 }, decidedById: actor.userId, decidedAt: new Date() } })
  if (count === 0) throw new AppError('CONFLICT')
  return referral
}

/**
 * The coordinator's claim: a referral to their own area (policy referralDecidable). One returned whose person is out of
 * the coordinator's reach since is still said to be decided (walk 61 F3: only a waiting referral brings its person into
 * reach), never of a person held from them (Limited Access).
 */
const claimReferral = (tx: Tx, actor: Actor, referralId: string, version: number, to: Outcome) =>
  claimWaitingReferral(tx, actor, { referralId, version, to }, referralDecidable(actor, referralId))

/** The referring agency's claim: policy referralWithdrawable (its own referral, a person it may refer). */
const claimOwnReferral = (tx: Tx, actor: Actor, referralId: string, version: number) =>
  claimWaitingReferral(tx, actor, { referralId, version, to: 'WITHDRAWN' }, referralWithdrawable(actor))

/**
 * Accepts a referral onto a meeting of the level sought: the person becomes (or stays) a nominal at that level,
 * and the referral heads the meeting's agenda as a new referral.
 */
export async function acceptReferral(actor: Actor, input: unknown) {
  authorize(actor, 'mappa.manage')
  const { referralId, version, meetingId } = await parseAsDrawn(ZAcceptReferral, input, { id: 'referralId', check: (tx, id, v) => claimReferral(tx, actor, id, v, 'ACCEPTED') })
  return prisma.$transaction(async (tx) => {
    const referral = await claimReferral(tx, actor, referralId, version, 'ACCEPTED')
    await lockRow(tx, 'MappaMeeting', meetingId)
    const meeting = await tx.mappaMeeting.findFirst({ where: { id: meetingId, area: referral.area, status: { in: ['SCHEDULED', 'PUBLISHED'] }, startsAt: { gt: new Date() } } })
    if (!meeting) throw invalid('meetingId', 'chooseOption')
    // A meeting already held in its set-up margin (statement read) has a fixed agenda (re-walk of issue 16, D3).
    await refuseFixedAgenda(tx, meeting, 'meetingId')
    if (meeting.level !== referral.levelSought) throw invalid('meetingId', 'meetingLevel')
    const nominal = await setNominalLevel(tx, actor, {
      offenderId: referral.offenderId,
      area: referral.area,
      category: referral.category,
      level: referral.levelSought,
      leadAgencyId: referral.referringAgencyId,
      nextReviewDate: new Date(`${londonDay(meeting.startsAt)}T00:00:00Z`),
      reason: referral.reason.slice(0, 1000),
    })
    await appendToAgenda(tx, meeting.id, { offenderId: referral.offenderId, nominalId: nominal.id, referralId, reason: 'NEW_REFERRAL' }, 'meetingId')
    await tx.mappaReferral.update({ where: { id: referralId }, data: { meetingId } })
    await recordAudit(tx, actor, { action: 'mappa.referral.accept', subjectType: 'MappaReferral', subjectId: referralId, offenderId: referral.offenderId, detail: { meetingId } })
    return { id: referralId, offenderId: referral.offenderId, meetingId }
  })
}

export async function returnReferral(actor: Actor, input: unknown) {
  authorize(actor, 'mappa.manage')
  const { referralId, version, decisionReason } = await parseAsDrawn(ZReturnReferral, input, { id: 'referralId', check: (tx, id, v) => claimReferral(tx, actor, id, v, 'RETURNED') })
  return prisma.$transaction(async (tx) => {
    const referral = await claimReferral(tx, actor, referralId, version, 'RETURNED')
    await tx.mappaReferral.update({ where: { id: referralId }, data: { decisionReason } })
    await recordAudit(tx, actor, { action: 'mappa.referral.return', subjectType: 'MappaReferral', subjectId: referralId, offenderId: referral.offenderId, reason: decisionReason })
    return { id: referralId, offenderId: referral.offenderId }
  })
}

/**
 * Withdraws a referral still waiting for a decision (walk 64 F1: one sent to the wrong area waited for ever, and no new
 * one could be made while it did). For those who may refer the person (permission `mappa.refer`, policy
 * referralWithdrawable: the referring agency's, of a person they may refer); the coordinator no longer sees it waiting,
 * and a new referral can be made.
 * Input: { referralId, version (as the page showed it), reason (1–1000 characters) }. Output: { id, offenderId }.
 * Stored: status WITHDRAWN, the reason in decisionReason, who and when in decidedById and decidedAt; audited as
 * `mappa.referral.withdraw` with the reason, whole.
 * Errors: FORBIDDEN (no `mappa.refer`); ZodError (blank or long reason), unless the referral moved on, which is said
 * first (parseAsDrawn); NOT_FOUND (no such referral, another agency's, or its person not referable by the actor);
 * VALIDATION _form `referralAlreadyDecided` or `referralWithdrawnMeanwhile`, stale (decided or withdrawn meanwhile);
 * CONFLICT (changed since the page was drawn, e.g. the other of two withdrawals sent at the same moment).
 */
export async function withdrawMappaReferral(actor: Actor, input: unknown) {
  authorize(actor, 'mappa.refer')
  const { referralId, version, reason } = await parseAsDrawn(ZWithdrawMappaReferral, input, { id: 'referralId', check: (tx, id, v) => claimOwnReferral(tx, actor, id, v) })
  return prisma.$transaction(async (tx) => {
    const referral = await claimOwnReferral(tx, actor, referralId, version)
    await tx.mappaReferral.update({ where: { id: referralId }, data: { decisionReason: reason } })
    await recordAudit(tx, actor, { action: 'mappa.referral.withdraw', subjectType: 'MappaReferral', subjectId: referralId, offenderId: referral.offenderId, reason })
    return { id: referralId, offenderId: referral.offenderId }
  })
}
