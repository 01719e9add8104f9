import { z } from 'zod'
import { blank, checkbox, londonTime, trimmedText } from '../zod-fields'
import { version } from '../zod-numbers'
import { freeContactOutcomes, freeContactTypes, isEnforcementOutcome } from '../enforcement/enforcement-rules'

export const contactTypes = ['APPOINTMENT', 'HOME_VISIT', 'PHONE_CALL', 'PARTNER_UPDATE', 'CASE_NOTE', 'EMAIL', 'LETTER'] as const
export const contactOutcomes = ['ATTENDED', 'FAILED_TO_ATTEND', 'ACCEPTABLE_ABSENCE', 'WARNING', 'BREACH', 'RECALL'] as const
// Only a home visit that took place carries an outcome on a free contact (appointments have their own flow).
const withOutcome: readonly string[] = ['HOME_VISIT']

const notes = trimmedText().min(1, 'required').max(4000, 'tooLong')

/**
 * An outcome with enforcement meaning (failed to attend, acceptable absence, warning, breach, recall) comes only
 * from the appointment outcome flow and the enforcement record, never from a free contact, for any role (issue 13).
 * It gets its own message, so the user learns where to record it instead.
 */
const freeOutcome = z.preprocess(
  blank,
  z
    .string('chooseOption')
    .refine((o) => !isEnforcementOutcome(o), { message: 'enforcementOutcomeNotFree', abort: true })
    .pipe(z.enum(freeContactOutcomes, 'chooseOption'))
    .optional(),
)

// Messages are catalogue keys under "validation"; the action wrapper translates them.
export const ZContactCreate = z
  .object({
    offenderId: z.uuid(),
    type: z.preprocess(
      blank,
      z
        .string('chooseOption')
        .refine((t) => t !== 'APPOINTMENT', { message: 'appointmentNotFree', abort: true })
        .pipe(z.enum(freeContactTypes, 'chooseOption')),
    ),
    occurredAt: londonTime,
    outcome: freeOutcome,
    notes,
    isSensitive: checkbox,
    idempotencyKey: z.uuid(),
  })
  .superRefine((c, ctx) => {
    // Only appointments are in the future, and they are arranged through the appointment flow.
    if (c.occurredAt.getTime() > Date.now() + 5 * 60_000) ctx.addIssue({ code: 'custom', path: ['occurredAt'], message: 'dateTimeNotInFuture' })
    if (c.outcome && !withOutcome.includes(c.type)) ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'outcomeNotApplicable' })
  })
export type TContactCreate = z.infer<typeof ZContactCreate>

export const ZContactUpdate = z.object({
  contactId: z.uuid(),
  version,
  notes,
  isSensitive: checkbox,
  // The free edit changes notes and sensitivity only. An outcome in the request (a raw POST) is refused, not
  // silently dropped, so nobody believes they recorded one.
  outcome: z.preprocess(blank, z.undefined('outcomeNotEditable')),
})
export type TContactUpdate = z.infer<typeof ZContactUpdate>
