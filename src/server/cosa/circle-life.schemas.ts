import { z } from 'zod'
import { asDate, blank, checkbox, confirmed, emailAddress, manyIds, ruleOnField, trimmedText } from '../zod-fields'
import { decimalText, version } from '../zod-numbers'
import { dayNotInFuture, isoDay } from '../zod-dates'

const text = (max: number) => trimmedText().min(1).max(max)
const pastDate = dayNotInFuture()
/** A 1 (not at all) to 5 (very much) answer to one questionnaire statement. */
const score = decimalText(z.coerce.number('chooseOption').int('chooseOption').min(1, 'chooseOption').max(5, 'chooseOption'))

export const reviewKinds = ['QUARTERLY', 'END'] as const
export const moods = ['POSITIVE', 'SETTLED', 'LOW', 'ANXIOUS', 'AGITATED'] as const
export const questionnaireStatements = ['feltSupported', 'lessIsolated', 'copingBetter', 'confidentFuture'] as const

export const ZAgreedGoals = z
  .object({ circleId: z.uuid(), version, agreedGoals: text(2000), goalsAgreedOn: pastDate })
  .transform((g) => ({ ...g, goalsAgreedOn: asDate(g.goalsAgreedOn) }))

export const ZOuterMember = z.object({
  circleId: z.uuid(),
  agencyId: z.uuid('chooseOption'),
  name: text(120),
  role: text(120),
  email: z.preprocess(blank, emailAddress().optional()),
})
export const ZRemoveOuterMember = z.object({ circleId: z.uuid(), outerMemberId: z.uuid() })

export const ZCircleReview = z
  .object({
    circleId: z.uuid(),
    kind: z.enum(reviewKinds, 'chooseOption'),
    heldOn: pastDate,
    outerMemberIds: manyIds(30),
    progress: text(4000),
    nextReviewOn: z.preprocess(blank, isoDay().optional()),
  })
  // A quarterly review sets the next one; the end review is the last.
  .refine((r) => r.kind === 'END' || r.nextReviewOn, ruleOnField('nextReviewOn', 'required'))
  .refine((r) => !r.nextReviewOn || r.nextReviewOn > r.heldOn, ruleOnField('nextReviewOn', 'nextReviewNotAfterHeld', ['heldOn']))
  .refine((r) => r.outerMemberIds.length > 0, ruleOnField('outerMemberIds', 'outerCircleRequired'))
  .transform((r) => ({ ...r, heldOn: asDate(r.heldOn), nextReviewOn: r.kind === 'END' || !r.nextReviewOn ? null : asDate(r.nextReviewOn) }))

/** Undoing the start of a circle's ending (COSA break test item 4). */
export const ZReturnToRunning = z.object({ circleId: z.uuid(), version })

export const ZBeginEnding = z
  .object({
    circleId: z.uuid(), version, endingReason: trimmedText('endingReasonRequired').min(1, 'endingReasonRequired').max(1000), endingFrom: isoDay(),
    /** Ticked once the coordinator has read how many meetings and confirmations beginning the ending cancels. */
    confirm: checkbox,
  })
  .transform((e) => ({ ...e, endingFrom: asDate(e.endingFrom) }))

export const ZQuestionnaire = z
  .object({
    circleId: z.uuid(),
    completedOn: pastDate,
    feltSupported: score,
    lessIsolated: score,
    copingBetter: score,
    confidentFuture: score,
    comments: z.preprocess(blank, trimmedText().max(2000).optional()),
  })
  .transform((q) => ({ ...q, completedOn: asDate(q.completedOn), comments: q.comments ?? null }))

/**
 * `withdrawnReason`: why a forming circle is withdrawn before it starts (needed then; break test of issue 16, D9);
 * `confirm`: ticked once the coordinator has read what withdrawing means (walk 20, D4).
 */
// `withdraw`: posted by the withdraw form (a forming circle), so a stale one is told the circle started (walk 60 F8).
export const ZCloseCircle = z.object({ circleId: z.uuid(), version, withdrawnReason: z.preprocess(blank, trimmedText().max(1000).optional()), confirm: confirmed.optional(), withdraw: checkbox.optional() })

/**
 * A circle meeting's minutes. How the core member seemed and their progress on goals are asked only of a meeting they
 * came to (walk 67 F2: a volunteer had to invent the mood of someone absent). Of a meeting they missed no mood is kept
 * even if one was chosen before answering "No" (review 67 B3); progress is, as the volunteer may have heard from them.
 * Errors: `mood: chooseOption`, `goalsProgress: required` when they attended without them (CHECKs hold both rules).
 */
export const ZCircleMinutes = z
  .object({
    meetingId: z.uuid(),
    coreMemberAttended: z.enum(['yes', 'no'], 'chooseOption').transform((v) => v === 'yes'),
    presentVolunteerIds: manyIds(12),
    discussion: text(4000),
    mood: z.preprocess(blank, z.enum(moods, 'chooseOption').optional()),
    goalsProgress: z.preprocess(blank, text(2000).optional()),
  })
  .superRefine((m, ctx) => {
    if (!m.coreMemberAttended) return
    if (!m.mood) ctx.addIssue({ code: 'custom', path: ['mood'], message: 'chooseOption' })
    if (!m.goalsProgress) ctx.addIssue({ code: 'custom', path: ['goalsProgress'], message: 'required' })
  })
  .transform((m) => ({ ...m, mood: m.coreMemberAttended ? (m.mood ?? null) : null, goalsProgress: m.goalsProgress ?? null }))

// Its own message, as every reason field's (O3 of the re-walk of issue 16: "This field is required").
export const ZCancelMeeting = z.object({ meetingId: z.uuid(), reason: trimmedText('reasonRequired').min(1, 'reasonRequired').max(500) })
