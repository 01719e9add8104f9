import { z } from 'zod'
import { OffenceCategory } from '../../generated/prisma/enums'
import { addDays, addMonths, daysInclusive, periodEnd, type Length } from '../../lib/sentence-dates'
import { blank, isBlankBlock, nestDotted, trimInvisible, trimmedText } from '../zod-fields'
import { decimalText, wholeNumberWithin } from '../zod-numbers'
import { dayNotInFuture } from '../zod-dates'

export const orderTypes = ['COMMUNITY_ORDER', 'SUSPENDED_SENTENCE_ORDER', 'CUSTODY', 'YOUTH_REHABILITATION_ORDER'] as const
export type OrderType = (typeof orderTypes)[number]
export const accommodationStatuses = ['SETTLED_SUITABLE', 'SETTLED_UNSUITABLE', 'UNSETTLED_TEMPORARY', 'NO_FIXED_ABODE', 'APPROVED_PREMISES', 'IN_CUSTODY'] as const
export const eteStatuses = ['FULL_TIME', 'PART_TIME', 'SELF_EMPLOYED', 'EDUCATION_TRAINING', 'UNEMPLOYED_SEEKING', 'NOT_AVAILABLE'] as const
export const offenceCategories = Object.values(OffenceCategory)

// A field left empty inside a filled block is missing, not zero.
const int = (min: number, max: number) => z.preprocess(blank, z.any().refine((v) => v !== undefined, 'required').pipe(wholeNumberWithin(min, max, { tooSmall: 'numberTooSmall', tooBig: 'numberTooBig' })))
const optionalInt = (min: number, max: number) => z.preprocess(blank, int(min, max).optional())
export const pastDate = dayNotInFuture()
const text = (max: number) => trimmedText().min(1, 'required').max(max)
/** A requirement block the officer left empty is not ordered; a block with any value must be complete. */
const block = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (isBlankBlock(v) ? undefined : v), schema.optional())

/**
 * Requirements of a community or suspended sentence order, each in its own unit. Limits are the simple statutory ones
 * (Sentencing Code Sch.9): unpaid work 40–300 hours (para 2), curfew 2–20 hours a day for up to 12 months (para 9);
 * treatment requirements run for months within the order.
 */
export const ZRequirements = z.object({
  UNPAID_WORK: block(z.object({ hours: int(40, 300) })),
  REHABILITATION_ACTIVITY: block(z.object({ days: int(1, 365) })),
  ACCREDITED_PROGRAMME: block(z.object({ sessions: int(1, 100) })),
  DRUG_TREATMENT: block(z.object({ months: int(1, 36) })),
  ALCOHOL_TREATMENT: block(z.object({ months: int(1, 36) })),
  MENTAL_HEALTH_TREATMENT: block(z.object({ months: int(1, 36) })),
  CURFEW: block(z.object({ hoursPerDay: int(2, 20), months: int(1, 12) })),
  EXCLUSION: block(z.object({ details: text(500) })),
  RESIDENCE: block(z.object({ details: text(500) })),
  PROHIBITED_ACTIVITY: block(z.object({ details: text(500) })),
})
export type TRequirements = z.infer<typeof ZRequirements>
export type RequirementInputKind = keyof TRequirements
export const requirementInputKinds = Object.keys(ZRequirements.shape) as RequirementInputKind[]

const ZOffence = z.object({
  category: z.enum(offenceCategories, 'chooseOption'),
  offenceDate: pastDate,
  description: text(200),
})

/** Offence rows as the form sends them (`offences.0.…`), in order; a row left empty is null. */
const offenceRows = (v: unknown) => {
  const rows = Array.isArray(v) ? v : v && typeof v === 'object' ? Object.entries(v).sort(([a], [b]) => Number(a) - Number(b)).map(([, r]) => r) : []
  return rows.map((r) => (isBlankBlock(r) ? null : r))
}
const isDate = (d: unknown): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d))
const num = (n: unknown) => (typeof n === 'number' && Number.isInteger(n) ? n : 0)
/** A length field that failed its own check (already a field error): the cross-field rules skip the whole length. */
const failedLength = (n: unknown) => n !== undefined && !(typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n <= 600)
/**
 * One additional licence condition a line. A line that draws nothing is no condition, and the rest are trimmed as
 * trimmedText trims (break 60 F7: lines of U+200B or U+2800 were saved as conditions, and refused on a community order).
 */
const lines = (v: unknown) => (typeof v === 'string' ? v.split(/\r?\n/).filter((l) => blank(l) !== undefined).map(trimInvisible) : v === undefined ? [] : v)

export const ZCourtOutcome = z.preprocess(
  nestDotted,
  z
    .object({
      offenderId: z.uuid(),
      idempotencyKey: z.uuid(),
      court: text(120),
      sentenceDate: pastDate,
      type: z.enum(orderTypes, 'chooseOption'),
      lengthMonths: optionalInt(0, 600),
      lengthDays: optionalInt(0, 366),
      custodialTermMonths: optionalInt(0, 24),
      custodialTermDays: optionalInt(0, 366),
      extensionMonths: optionalInt(1, 96),
      offences: z.preprocess(offenceRows, z.array(ZOffence.nullable()).max(10)),
      mainOffence: z.preprocess(blank, decimalText(z.coerce.number().int().min(0)).optional()),
      requirements: z.preprocess((v) => v ?? {}, ZRequirements),
      additionalConditions: z.preprocess(lines, z.array(z.string().max(500, 'tooLong')).max(10)),
      accommodation: z.preprocess(blank, z.enum(accommodationStatuses, 'chooseOption').optional()),
      ete: z.preprocess(blank, z.enum(eteStatuses, 'chooseOption').optional()),
      // Revoke and re-sentence: the order this outcome replaces, as `id:version` (the version the form was built from).
      revokes: z.preprocess(blank, z.string().regex(/^[0-9a-f-]{36}:\d{1,9}$/i, 'chooseOption').optional()),
      revokeReason: z.preprocess(blank, z.enum(['REVOKED_BREACH', 'REVOKED_FURTHER_OFFENCE'], 'chooseOption').optional()),
    })
    .superRefine((c, ctx) => {
      const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message })
      // zod reports every field's problem at once, so these rules see values that failed their own checks: skip those.
      if (!isDate(c.sentenceDate)) return
      // A day count of 9007199254740993 made the dates below invalid and the action answer a server error (fuzzing).
      if ([c.lengthMonths, c.lengthDays, c.custodialTermMonths, c.custodialTermDays, c.extensionMonths].some(failedLength)) return
      const length: Length = { months: num(c.lengthMonths), days: num(c.lengthDays) }
      if (length.months + length.days === 0) issue(['lengthMonths'], 'lengthRequired')
      else if ((c.type === 'COMMUNITY_ORDER' || c.type === 'YOUTH_REHABILITATION_ORDER') && periodEnd(c.sentenceDate, length) >= addMonths(c.sentenceDate, 36)) {
        // Sentencing Code s.209(2) and Sch.6: a community order or YRO ends within 3 years.
        issue(['lengthMonths'], 'orderTooLong')
      }
      if (c.type === 'SUSPENDED_SENTENCE_ORDER') {
        // Sentencing Code s.277 and s.288: a term of 14 days to 2 years, suspended for 6 months to 2 years.
        const term: Length = { months: num(c.custodialTermMonths), days: num(c.custodialTermDays) }
        if (term.months + term.days === 0 || daysInclusive(c.sentenceDate, periodEnd(c.sentenceDate, term)) < 14 || periodEnd(c.sentenceDate, term) >= addMonths(c.sentenceDate, 24)) issue(['custodialTermMonths'], 'ssoTermRange')
        if (periodEnd(c.sentenceDate, length) < periodEnd(c.sentenceDate, { months: 6, days: 0 }) || periodEnd(c.sentenceDate, length) >= addMonths(c.sentenceDate, 24)) issue(['lengthMonths'], 'ssoPeriodRange')
      } else if (c.custodialTermMonths !== undefined || c.custodialTermDays !== undefined) issue(['custodialTermMonths'], 'notForOrderType')
      if (c.extensionMonths !== undefined && c.type !== 'CUSTODY') issue(['extensionMonths'], 'notForOrderType')

      const filled = c.offences.flatMap((o, i) => (o ? [i] : []))
      if (filled.length === 0) issue(['offences', 0, 'category'], 'offenceRequired')
      else if (c.mainOffence === undefined || !filled.includes(c.mainOffence)) issue(['mainOffence'], 'mainOffenceRequired')
      c.offences.forEach((o, i) => o && isDate(o.offenceDate) && o.offenceDate > c.sentenceDate && issue(['offences', i, 'offenceDate'], 'offenceAfterSentence'))

      const ordered = requirementInputKinds.filter((k) => c.requirements[k])
      const firstField = (k: RequirementInputKind) => Object.keys(c.requirements[k] ?? {})[0] ?? ''
      if (c.type === 'CUSTODY') for (const k of ordered) issue(['requirements', k, firstField(k)], 'requirementNotForOrder')
      // A community order (and a YRO) must impose at least one requirement (Sentencing Code s.208(10), Sch.6).
      if ((c.type === 'COMMUNITY_ORDER' || c.type === 'YOUTH_REHABILITATION_ORDER') && ordered.length === 0) issue(['requirements'], 'requirementRequired')
      if (c.type !== 'CUSTODY') {
        for (const k of ordered) {
          const r = c.requirements[k]
          // A requirement cannot outlast the order it belongs to.
          if (r && 'months' in r && Number.isInteger(r.months) && addDays(addMonths(c.sentenceDate, r.months), -1) > periodEnd(c.sentenceDate, length)) {
            issue(['requirements', k, 'months'], 'requirementLongerThanOrder')
          }
        }
      }
      if (c.additionalConditions.length && c.type !== 'CUSTODY') issue(['additionalConditions'], 'notForOrderType')
      if ((c.accommodation === undefined) !== (c.ete === undefined)) issue([c.accommodation ? 'ete' : 'accommodation'], 'snapshotBoth')
      // Revoking ends the old order, and no order ends without the accommodation and employment snapshot.
      if (c.revokes && !c.revokeReason) issue(['revokeReason'], 'chooseOption')
      if (c.revokeReason && !c.revokes) issue(['revokes'], 'chooseOption')
      if (c.revokes && c.accommodation === undefined && c.ete === undefined) issue(['accommodation'], 'snapshotRequired')
    })
    .transform(({ offences, mainOffence, revokes, ...rest }) => ({
      ...rest,
      revokes: revokes ? { sentenceId: revokes.split(':')[0]!, version: Number(revokes.split(':')[1]) } : undefined,
      offences: offences.flatMap((o, i) => (o ? [{ ...o, isMain: i === mainOffence }] : [])),
    })),
)
export type TCourtOutcome = z.infer<typeof ZCourtOutcome>
