import { z } from 'zod'
import { blank, trimmedText } from '../zod-fields'
import { version, wholeNumberWithin } from '../zod-numbers'
import { accommodationStatuses, eteStatuses, pastDate, requirementInputKinds, ZRequirements, type RequirementInputKind } from './court-outcome.schemas'

const base = { sentenceId: z.uuid(), version, on: pastDate }

/**
 * The orders a court varies (requirements added or removed, the order extended): community orders, suspended sentence
 * orders and youth rehabilitation orders. A licence or post-sentence supervision is not varied here (walk 57 F3: its
 * record offered "Extend the order", which was then refused).
 */
export const variedOrderTypes: readonly string[] = ['COMMUNITY_ORDER', 'SUSPENDED_SENTENCE_ORDER', 'YOUTH_REHABILITATION_ORDER']
const optionalText = z.preprocess(blank, trimmedText().max(500).optional())
const optionalNumber = z.preprocess(blank, trimmedText().max(10).optional())

/** The field a requirement's one amount fills in (its own unit): unpaid work in hours, RAR in days, treatment in months… */
const amountField: Record<RequirementInputKind, 'hours' | 'days' | 'sessions' | 'months' | null> = {
  UNPAID_WORK: 'hours',
  REHABILITATION_ACTIVITY: 'days',
  ACCREDITED_PROGRAMME: 'sessions',
  DRUG_TREATMENT: 'months',
  ALCOHOL_TREATMENT: 'months',
  MENTAL_HEALTH_TREATMENT: 'months',
  CURFEW: 'months',
  EXCLUSION: null,
  RESIDENCE: null,
  PROHIBITED_ACTIVITY: null,
}

/**
 * A variation by the court: add a requirement (checked by the same rules as at sentence, ZRequirements), remove one
 * (it stays, dated), or extend the order by whole months. The form sends one amount; it lands in the kind's own field.
 */
export const ZVarySentence = z.discriminatedUnion('change', [
  z
    .object({ ...base, change: z.literal('ADD_REQUIREMENT'), kind: z.enum(requirementInputKinds, 'chooseOption'), amount: optionalNumber, hoursPerDay: optionalNumber, details: optionalText })
    .transform((v, ctx) => {
      const field = amountField[v.kind]
      const block = { ...(field ? { [field]: v.amount ?? '' } : { details: v.details ?? '' }), ...(v.kind === 'CURFEW' ? { hoursPerDay: v.hoursPerDay ?? '' } : {}) }
      const parsed = ZRequirements.shape[v.kind].safeParse(block)
      if (!parsed.success || !parsed.data) {
        // Report on the form's own fields: the one amount, the hours a day or the details.
        for (const issue of parsed.error?.issues ?? [{ code: 'custom' as const, path: [field ?? 'details'], message: 'required' }]) {
          const name = String(issue.path[0] ?? '')
          // The issue itself (not a copy of its message), so its limit reaches the message: "Enter 40 or more".
          ctx.addIssue({ ...(issue as z.core.$ZodRawIssue), path: [name === 'hoursPerDay' ? 'hoursPerDay' : field ? 'amount' : 'details'] })
        }
        return z.NEVER
      }
      return { sentenceId: v.sentenceId, version: v.version, on: v.on, change: v.change, requirements: { [v.kind]: parsed.data } as z.infer<typeof ZRequirements> }
    }),
  z.object({ ...base, change: z.literal('REMOVE_REQUIREMENT'), requirementId: z.uuid('chooseOption') }),
  z.object({ ...base, change: z.literal('EXTEND'), extendMonths: wholeNumberWithin(1, 24, { tooSmall: 'numberTooSmall', tooBig: 'numberTooBig' }) }),
])
export type TVarySentence = z.infer<typeof ZVarySentence>

export const releaseTypes = ['AUTOMATIC', 'HDC', 'PAROLE'] as const
export const recallTypes = ['STANDARD', 'FIXED_TERM'] as const

/** Custody events on a custodial sentence: release (with the accommodation/ETE snapshot if known), recall, return to custody. */
export const ZCustodyEvent = z.discriminatedUnion('event', [
  z
    .object({
      ...base,
      event: z.literal('RELEASED'),
      releaseType: z.enum(releaseTypes, 'chooseOption'),
      accommodation: z.preprocess(blank, z.enum(accommodationStatuses, 'chooseOption').optional()),
      ete: z.preprocess(blank, z.enum(eteStatuses, 'chooseOption').optional()),
    })
    .refine((v) => (v.accommodation === undefined) === (v.ete === undefined), { path: ['accommodation'], message: 'snapshotBoth' }),
  z.object({ ...base, event: z.literal('RECALLED'), recallType: z.enum(recallTypes, 'chooseOption'), reason: trimmedText().min(1, 'reasonRequired').max(500) }),
  z.object({ ...base, event: z.literal('RETURNED_TO_CUSTODY') }),
])
export type TCustodyEvent = z.infer<typeof ZCustodyEvent>
