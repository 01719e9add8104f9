import { z } from 'zod'
import { todayInLondon } from '../../lib/dates'
import { asDate, blank, checkbox, clockTime, confirmed, londonTime, manyIds, personName, ruleOnField, trimmedText, typedCrn } from '../zod-fields'
import { decimalText, version } from '../zod-numbers'
import { PAST_MEETING_DAYS } from './meeting-start'
import { levelDecisions } from './level-steps'
import { checkDisclosure, disclosureDraftFields, disclosureFieldNames, settleDisclosure } from './minutes-record.schemas'
import { dayNotInFuture, isoDay } from '../zod-dates'

export { levelDecisions }

const optionalDate = z.preprocess(blank, isoDay().optional())

export const mappaAreas = ['DYFED_POWYS', 'GWENT', 'NORTH_WALES', 'SOUTH_WALES'] as const
export const mappaCategories = ['1', '2', '3', '4'] as const
const category = decimalText(z.coerce.number('chooseOption').int().min(1, 'chooseOption').max(4, 'chooseOption'))
const reviewDate = isoDay().refine((d) => d >= todayInLondon(), 'notInPast').transform(asDate)
/** A year from London's today (YYYY-MM-DD): nominals are reviewed at least yearly (MAPPA Guidance), so no later. */
const aYearAhead = () => `${Number(todayInLondon().slice(0, 4)) + 1}${todayInLondon().slice(4)}`
const nextReviewDate = isoDay()
  .refine((d) => d >= todayInLondon(), 'notInPast')
  .refine((d) => d <= aYearAhead(), 'reviewWithinYear')
  .transform(asDate)
const reason = trimmedText().min(1).max(1000)

export const ZSubmitReferral = z
  .object({
    offenderId: z.uuid(),
    category,
    levelSought: decimalText(z.coerce.number('chooseOption').int().min(2, 'chooseOption').max(3, 'chooseOption')),
    area: z.enum(mappaAreas, 'chooseOption'),
    indexOffence: trimmedText().min(1).max(200),
    sentence: trimmedText().min(1).max(200),
    // A sentence already passed: a date to come is a typing slip (break 68 F6).
    sentenceDate: z.preprocess(blank, dayNotInFuture().optional()),
    releaseDate: optionalDate,
    sentenceExpiryDate: optionalDate,
    reason: trimmedText().min(1).max(4000),
    documentIds: manyIds(20),
  })
  // Relevant dates run in order: sentenced, released, sentence expires.
  .superRefine((r, ctx) => {
    if (r.sentenceDate && r.releaseDate && r.releaseDate < r.sentenceDate) ctx.addIssue({ code: 'custom', path: ['releaseDate'], message: 'releaseBeforeSentence' })
    const before = r.releaseDate ?? r.sentenceDate
    const key = r.releaseDate ? 'expiryBeforeRelease' : 'expiryBeforeSentence'
    if (before && r.sentenceExpiryDate && r.sentenceExpiryDate < before) ctx.addIssue({ code: 'custom', path: ['sentenceExpiryDate'], message: key })
  })
  .transform((r) => ({
    ...r,
    sentenceDate: r.sentenceDate ? asDate(r.sentenceDate) : null,
    releaseDate: r.releaseDate ? asDate(r.releaseDate) : null,
    sentenceExpiryDate: r.sentenceExpiryDate ? asDate(r.sentenceExpiryDate) : null,
  }))

export const ZAcceptReferral = z.object({ referralId: z.uuid(), version, meetingId: z.uuid('chooseOption') })
export const ZReturnReferral = z.object({ referralId: z.uuid(), version, decisionReason: reason })
/** Withdrawing a waiting referral, at the version the page showed, with the referrer's reason (walk 64 F1). */
export const ZWithdrawMappaReferral = z.object({ referralId: z.uuid(), version, reason })

export const ZChangeLevel = z.object({
  nominalId: z.uuid(),
  version,
  level: decimalText(z.coerce.number('chooseOption').int().min(1, 'chooseOption').max(3, 'chooseOption')),
  reason,
  nextReviewDate,
})

const agencyIds = manyIds(60)

export const ZScheduleMeeting = z
  .object({
    level: decimalText(z.coerce.number('chooseOption').int().min(2, 'chooseOption').max(3, 'chooseOption')),
    // Ahead, or up to 28 days back to type up a meeting already held on paper (issue 16, MAPPA gaps item 1).
    startsAt: londonTime.refine((at) => at.getTime() >= Date.now() - PAST_MEETING_DAYS * 86_400_000, 'meetingTooLongAgo'),
    venue: z.preprocess(blank, trimmedText().max(200).optional()),
    online: checkbox,
    chairId: z.uuid('chooseOption'),
    coreAgencyIds: agencyIds,
    dutyToCooperateAgencyIds: agencyIds,
  })
  // Checked even when other fields are wrong, so the first attempt lists every problem.
  .refine((m) => m.online || m.venue, ruleOnField('venue', 'venueOrOnline'))
  .refine((m) => (m.coreAgencyIds?.length ?? 0) > 0, ruleOnField('coreAgencyIds', 'chooseAgency'))

export const ZMeetingRef = z.object({ meetingId: z.uuid(), version })
/** `confirm`: the coordinator has seen that the nominal is managed above the meeting's level (issue 16 item 2). */
export const ZAddToAgenda = ZMeetingRef.extend({
  crn: typedCrn(),
  confirm: checkbox,
})
export const ZDeferItem = ZMeetingRef.extend({ itemId: z.uuid(), deferReason: trimmedText().min(1, 'deferReasonRequired').max(500) })
/** Deferring an item the coordinator may not see: by its sealed reference (deferRef), never its id (walk 25 O3). */
export const ZDeferRestrictedItem = ZMeetingRef.extend({ itemRef: z.string().min(1).max(400), deferReason: trimmedText().min(1, 'deferReasonRequired').max(500) })
export const ZMoveItem = ZMeetingRef.extend({ itemId: z.uuid(), direction: z.enum(['up', 'down']) })

export const attendanceStatuses = ['EXPECTED', 'PRESENT', 'APOLOGIES', 'ABSENT'] as const
export const actionStatuses = ['OPEN', 'IN_PROGRESS', 'COMPLETE', 'CANCELLED'] as const
const longText = (max: number) => z.preprocess(blank, trimmedText().max(max).optional())

export const ZMeetingId = z.object({ meetingId: z.uuid() })

/** Someone expected at (or walking into) the meeting: a Llwybr account, or a name for someone without one. */
export const ZAddAttendee = z
  .object({
    meetingId: z.uuid(),
    agencyId: z.preprocess(blank, z.uuid('chooseAttendeeAgency').optional()),
    userId: z.preprocess(blank, z.uuid('chooseOption').optional()),
    // In one form, so the same person typed twice is found (run-meeting.ts addAttendee; break 46 F1).
    name: z.preprocess(blank, personName().max(120).optional()),
    role: longText(120),
    status: z.preprocess(blank, z.enum(attendanceStatuses, 'chooseOption').default('EXPECTED')),
    // Which of the two forms sent it: an account (person and status only) or a named attendee (name, agency, role).
    // Each form's refusals name only fields it shows (issue 16, MAPPA break test item 3: the account form's summary
    // named an "Agency" it does not have).
    form: z.preprocess(blank, z.enum(['account', 'named']).default('named')),
  })
  .refine((a) => a.form !== 'account' || a.userId, ruleOnField('userId', 'chooseOption'))
  .refine((a) => a.form === 'account' || a.userId || a.name, ruleOnField('name', 'nameOrAccount'))
  .refine((a) => a.form === 'account' || a.userId || a.agencyId, ruleOnField('agencyId', 'chooseAttendeeAgency'))
export const ZMarkAttendance = z.object({ meetingId: z.uuid(), attendanceId: z.uuid(), status: z.enum(attendanceStatuses, 'chooseOption') })
export const ZRemoveAttendee = z.object({ meetingId: z.uuid(), attendanceId: z.uuid() })

/** What is typed about a nominal during the meeting; a draft keeps whatever is there, however incomplete. */
const itemFields = {
  meetingId: z.uuid(),
  itemId: z.uuid(),
  version,
  informationShared: longText(8000),
  riskAssessment: longText(8000),
  supervision: longText(4000),
  monitoringAndControl: longText(4000),
  interventionsTreatment: longText(4000),
  victimSafetyPlanning: longText(4000),
  contingency: longText(4000),
  levelDecision: z.preprocess(blank, z.enum(levelDecisions, 'chooseOption').optional()),
  dissent: longText(2000),
  ...disclosureDraftFields,
}
export const ZItemDraft = z.object({ ...itemFields, nextReviewDate: z.preprocess(blank, isoDay().transform(asDate).optional()) })

/**
 * Recording the item for the minutes needs the risk assessment, a level decision, a future review date and the
 * disclosure decision. The decision is checked even when another field has failed, so an empty form lists every
 * problem on the first attempt (walk 40 D4: zod skips an object's refinements after a field's issue unless `when`
 * says otherwise); it is skipped only when a disclosure field has its own issue already, which would say it twice.
 */
export const ZRecordItem = z
  .object({
    ...itemFields,
    riskAssessment: trimmedText().min(1, 'riskAssessmentRequired').max(8000),
    levelDecision: z.enum(levelDecisions, 'chooseOption'),
    nextReviewDate,
    // When the meeting discussed this nominal, a London clock time; blank or absent: from the agenda's order
    // (issue 16, left item 1).
    discussedTime: z.preprocess(blank, clockTime.optional()),
    // The chair has seen "already recorded at HH:MM by X" and chose to replace its minutes (issue 16 walk-through item 1).
    confirmReplace: z.preprocess((v) => v === 'yes' || v === true, z.boolean()),
  })
  .superRefine((d, ctx) => checkDisclosure(d, ctx), { when: (payload) => !payload.issues.some((i) => disclosureFieldNames.has(String(i.path?.[0]))) })
  .transform(settleDisclosure)

export const ZAddAction = z.object({
  meetingId: z.uuid(),
  itemId: z.uuid(),
  // The item's version as the screen saw it: an action meant for another state of the item is refused (issue 16 walk-through item 1).
  version,
  description: trimmedText().min(1, 'actionDescriptionRequired').max(1000),
  ownerAgencyId: z.uuid('chooseOwner'),
  ownerUserId: z.preprocess(blank, z.uuid('chooseOption').optional()),
  dueDate: reviewDate,
})

export const ZUpdateAction = z
  .object({ actionId: z.uuid(), version, status: z.enum(actionStatuses, 'chooseOption'), statusNote: longText(1000) })
  // A cancelled action says why, so the next meeting can see it was not simply dropped.
  .refine((a) => a.status !== 'CANCELLED' || a.statusNote, { path: ['statusNote'], message: 'cancelReason' })

/** The approval names the draft it approves: the fingerprint of the minutes as the page showed them (MAPPA fix item 2). */
export const ZApproveMinutes = z.object({ meetingId: z.uuid(), fingerprint: z.string().regex(/^[0-9a-f]{16}$/, 'minutesChanged'), confirm: confirmed })
export const ZRequestMinutes = z.object({ meetingId: z.uuid(), offenderId: z.uuid(), reason: trimmedText().min(1).max(1000) })
export const ZDecideMinutesRequest = z
  .object({ requestId: z.uuid(), decision: z.enum(['GRANTED', 'REFUSED'], 'chooseOption'), decisionReason: longText(1000) })
  .refine((d) => d.decision !== 'REFUSED' || d.decisionReason, { path: ['decisionReason'], message: 'refusalReason' })

const pastOrToday = dayNotInFuture().transform(asDate)
const reviewAgencies = agencyIds.refine((a) => a.length > 0, 'chooseReviewAgency')

export const ZOpenReview = z.object({
  offenderId: z.uuid(),
  offenceDate: pastOrToday,
  offenceSummary: trimmedText().min(1).max(2000),
  termsOfReference: trimmedText().min(1).max(8000),
  agencyIds: reviewAgencies,
})
export const ZUpdateReview = z.object({ reviewId: z.uuid(), version, termsOfReference: trimmedText().min(1).max(8000), lessons: longText(8000), agencyIds: reviewAgencies })
export const ZConcludeReview = z.object({ reviewId: z.uuid(), version, confirm: confirmed })
export const ZAddReviewAction = z.object({ reviewId: z.uuid(), description: trimmedText().min(1).max(1000), ownerAgencyId: z.uuid('chooseOwner'), dueDate: reviewDate })
