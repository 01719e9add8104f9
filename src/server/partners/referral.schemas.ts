import { z } from 'zod'
import { pathways } from '../plan/plan.schemas'
import { asDate, blank, checkbox, londonTime, manyIds, ruleOnField, trimmedText } from '../zod-fields'
import { version } from '../zod-numbers'
import { dayNotInFuture } from '../zod-dates'

export const partnerOutcomes = ['ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED', 'DISENGAGED'] as const
/** What each step on a referral is called in its history (PartnerReferralUpdate.kind). */
export const updateKinds = ['REFERRED', 'ACCEPTED', 'REJECTED', 'FIRST_APPOINTMENT', 'ASSESSED', 'CARE_PLAN', 'PROGRESS', 'CLOSED', 'WITHDRAWN'] as const
export type UpdateKind = (typeof updateKinds)[number]

const text = (max: number) => trimmedText().min(1).max(max)
const step = { referralId: z.uuid(), version }
const pastDate = dayNotInFuture()

export const ZReferToPartner = z.object({
  offenderId: z.uuid(),
  serviceId: z.uuid('chooseOption'),
  pathway: z.enum(pathways, 'chooseOption'),
  needIds: manyIds(20),
  reason: text(2000),
  // Only substance-misuse services take priority referrals; the domain checks the service.
  priority: checkbox,
  // Consent to share is recorded on every referral: without it nothing goes to the partner.
  consentToShare: checkbox.refine((v) => v, 'partnerConsentRequired'),
})

export const ZWithdrawReferral = z.object({ ...step, reason: text(1000) })

export const ZDecideReferral = z
  .object({ ...step, decision: z.enum(['ACCEPTED', 'REJECTED'], 'chooseOption'), reason: z.preprocess(blank, trimmedText().max(1000).optional()) })
  .refine((d) => d.decision !== 'REJECTED' || d.reason, ruleOnField('reason', 'reasonRequired'))

export const ZFirstAppointment = z.object({
  ...step,
  appointmentAt: londonTime,
})

export const ZAssessment = z
  .object({ ...step, assessedOn: pastDate, note: z.preprocess(blank, trimmedText().max(2000).optional()) })
  .transform((a) => ({ ...a, assessedOn: asDate(a.assessedOn), note: a.note ?? '' }))

export const ZCarePlan = z
  .object({ ...step, carePlan: text(4000), startedOn: pastDate })
  .transform((c) => ({ ...c, startedOn: asDate(c.startedOn) }))

export const ZProgressNote = z.object({ referralId: z.uuid(), note: text(2000) })

export const ZCloseReferral = z.object({ ...step, outcome: z.enum(partnerOutcomes, 'chooseOption'), outcomeNote: text(2000) })
