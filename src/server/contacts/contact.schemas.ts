import { z } from 'zod'
import { londonLocalToDate } from '../../lib/dates'

export const contactTypes = ['APPOINTMENT', 'HOME_VISIT', 'PHONE_CALL', 'PARTNER_UPDATE', 'CASE_NOTE', 'EMAIL', 'LETTER'] as const
export const contactOutcomes = ['ATTENDED', 'FAILED_TO_ATTEND', 'ACCEPTABLE_ABSENCE', 'WARNING', 'BREACH', 'RECALL'] as const
const withOutcome: readonly string[] = ['APPOINTMENT', 'HOME_VISIT']

const emptyToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v)
const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean())
const notes = z.string().trim().min(1, 'required').max(4000, 'tooLong')

// Messages are catalogue keys under "validation"; the action wrapper translates them.
export const ZContactCreate = z
  .object({
    offenderId: z.uuid(),
    type: z.enum(contactTypes, 'chooseOption'),
    occurredAt: z.string().transform((v, ctx) => londonLocalToDate(v) ?? (ctx.addIssue({ code: 'custom', message: 'invalidDateTime' }), z.NEVER)),
    outcome: z.preprocess(emptyToUndefined, z.enum(contactOutcomes, 'chooseOption').optional()),
    notes,
    isSensitive: checkbox,
    idempotencyKey: z.uuid(),
  })
  .superRefine((c, ctx) => {
    const future = c.occurredAt.getTime() > Date.now() + 5 * 60_000
    if (future && c.type !== 'APPOINTMENT') ctx.addIssue({ code: 'custom', path: ['occurredAt'], message: 'notInFuture' })
    if (c.outcome && !withOutcome.includes(c.type)) ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'outcomeNotApplicable' })
    if (c.outcome && future) ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'outcomeInFuture' })
  })
export type TContactCreate = z.infer<typeof ZContactCreate>

export const ZContactUpdate = z.object({
  contactId: z.uuid(),
  version: z.coerce.number().int().min(1),
  notes,
  isSensitive: checkbox,
})
export type TContactUpdate = z.infer<typeof ZContactUpdate>
