import { z } from 'zod'
import { todayInLondon } from '../../lib/dates'
import { asDate, blank, checkbox, clockTime, confirmed, manyIds, ruleOnField, trimmedText } from '../zod-fields'
import { decimalText, version, wholeNumberIn } from '../zod-numbers'
import { dayNotInFuture, isoDay } from '../zod-dates'
import { skippedMeetingDay } from './pattern-days'

const text = (max: number) => trimmedText().min(1).max(max)

export const programmes = ['COMMUNITY', 'THROUGH_THE_GATE'] as const
export const referralDecisions = ['ACCEPTED', 'DECLINED', 'WAITLISTED'] as const
export const memberKinds = ['REGULAR', 'COVER'] as const

export const ZCosaReferral = z
  .object({
    offenderId: z.uuid(),
    providerAgencyId: z.uuid('chooseOption'),
    programme: z.enum(programmes, 'chooseOption'),
    releaseDate: z.preprocess(blank, isoDay().optional()),
    eligibility: text(2000),
    suitability: text(2000),
    // The core member's consent to share with the outer circle is a precondition of a circle, not a formality.
    consentToShare: checkbox.refine((v) => v, 'consentRequired'),
    documentIds: manyIds(20),
  })
  // Through the gate starts in custody, three to six months before release: the release date is needed and ahead.
  .refine((r) => r.programme !== 'THROUGH_THE_GATE' || r.releaseDate, ruleOnField('releaseDate', 'releaseDateRequired'))
  .refine((r) => !r.releaseDate || r.releaseDate > todayInLondon(), ruleOnField('releaseDate', 'mustBeFuture'))
  .transform((r) => ({ ...r, releaseDate: r.releaseDate ? asDate(r.releaseDate) : null }))

export const ZDecideCosaReferral = z
  .object({ referralId: z.uuid(), version, decision: z.enum(referralDecisions, 'chooseOption'), decisionReason: z.preprocess(blank, trimmedText().max(1000).optional()) })
  .refine((d) => d.decision === 'ACCEPTED' || d.decisionReason, { path: ['decisionReason'], message: 'reasonRequired' })

/**
 * The longest a circle may be planned to run, in years from its start: circles meet weekly for about a year (18 months
 * from prison), then less often (domain.md "COSA"); five years leaves room for that while bounding the meeting days a
 * pattern check walks (issue 14 item 2).
 */
export const CIRCLE_PLAN_MAX_YEARS = 5

// `YYYY-MM-DD` plus whole years; 29 February stays 29 February, which still compares correctly as text.
const yearsAfter = (day: string, years: number) => `${Number(day.slice(0, 4)) + years}${day.slice(4)}`

/** How often a circle may meet, in weeks: the pattern form's choices. */
export const CIRCLE_EVERY_WEEKS: readonly number[] = [1, 2, 4]

export const ZCircleSetup = z
  .object({
    circleId: z.uuid(),
    version,
    venue: text(200),
    venueRiskAssessedOn: dayNotInFuture(),
    weekday: decimalText(z.coerce.number('chooseOption').int().min(1, 'chooseOption').max(7, 'chooseOption')),
    startTime: clockTime,
    minutes: wholeNumberIn(30, 240),
    // Only what the form offers: weekly, fortnightly or four-weekly (break 40 D2: an injected 3 was accepted).
    everyWeeks: decimalText(z.coerce.number('chooseOption').refine((n) => CIRCLE_EVERY_WEEKS.includes(n), 'chooseOption')),
    // Today or later, except a running circle's own past start, checked in setUpCircle (walk-through finding 3).
    startDate: isoDay(),
    plannedEndDate: isoDay(),
    /** "Keep this pattern": ticked once the coordinator has read who of the inner circle cannot make it. */
    confirm: checkbox,
    /** "Same place": a changed venue text is only the old venue's address corrected, so its risk assessment stands. */
    sameVenue: z.preprocess((v) => v === 'yes' || (Array.isArray(v) && v.includes('yes')), z.boolean()),
  })
  .refine((c) => c.plannedEndDate > c.startDate, { path: ['plannedEndDate'], message: 'plannedEndNotAfterStart' })
  // Before the meeting days are walked below: a typed end of 2099 made each check walk seventy years (issue 14 item 2).
  .refine((c) => c.plannedEndDate <= yearsAfter(c.startDate, CIRCLE_PLAN_MAX_YEARS), { path: ['plannedEndDate'], message: 'circlePlanTooLong', params: { min: 1, max: CIRCLE_PLAN_MAX_YEARS }, abort: true })
  // A meeting whose start the clocks skip would be stored an hour late, as any dated time would (issue 16 gap 1).
  .refine((c) => !skippedMeetingDay(c), { path: ['startTime'], message: 'patternTimeSkipped' })
  .transform((c) => ({ ...c, venueRiskAssessedOn: asDate(c.venueRiskAssessedOn), startDate: asDate(c.startDate), plannedEndDate: asDate(c.plannedEndDate) }))

export const ZAddMember = z.object({ circleId: z.uuid(), volunteerId: z.uuid('chooseOption'), kind: z.enum(memberKinds, 'chooseOption') })
/** Taking a volunteer out of a circle needs the reason, kept on the membership and in the audit (walk-through D9 of issue 16). */
export const ZRemoveMember = z.object({
  circleId: z.uuid(), memberId: z.uuid(), reason: trimmedText('reasonRequired').min(1, 'reasonRequired').max(500, 'tooLong'),
  /** Ticked once the coordinator has read what removing them means (re-walk D8 of issue 16). */
  confirm: confirmed.optional(),
})
export const ZActivateCircle = z.object({ circleId: z.uuid(), version })
