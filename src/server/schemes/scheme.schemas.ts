import { z } from 'zod'
import { regions } from '../agencies/agency.schemas'
import { asDate, blank, ruleOnField, trimmedText } from '../zod-fields'
import { version } from '../zod-numbers'
import { isoDay } from '../zod-dates'

export const schemeFunders = ['PCC', 'HMPPS', 'WELSH_GOVERNMENT', 'OTHER'] as const
export const schemeServes = ['COSA_CIRCLES', 'IOM_COHORT', 'PARTNER_SERVICE'] as const
/** How many funding periods the scheme form offers (a first year and two renewals cover the schemes we know of). */
export const FUNDING_PERIODS = 3

const optionalText = (max: number) => z.preprocess(blank, trimmedText().max(max).optional()).transform((v) => v ?? null)
const optionalId = z.preprocess(blank, z.uuid('chooseOption').optional())

// Pounds as people write them: an optional £, then the figure with commas only between groups of three digits and no
// spaces inside it. Deleting every comma and space first read "1,2.34" as £12.34 and "5 930" as £5,930 (break 57 F6).
const POUNDS = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?$/

/**
 * An amount in pounds as typed ("30000", "£30,000", "£ 45000.50") to whole pence; at most £9,999,999.99 so it fits
 * the database's integer. Anything else (a misplaced comma, a space inside the figure) is `invalidAmount`.
 */
export const poundsToPence = z
  .string()
  .transform((v) => v.trim())
  .refine((v) => (POUNDS.exec(v)?.[1]?.replaceAll(',', '').length ?? 8) <= 7, 'invalidAmount')
  .transform((v) => Math.round(Number(v.replace(/[£,\s]/g, '')) * 100))

const dateField = z.preprocess(blank, isoDay().optional())
const amountField = z.preprocess(blank, poundsToPence.optional())
const periodFields = Object.fromEntries(Array.from({ length: FUNDING_PERIODS }, (_, k) => ['from', 'to', 'amount'].map((f) => [`${f}${k + 1}`, z.unknown()])).flat())

/** One field of a period, parsed; a problem is added to `ctx` under the field's name and the field counts as missing. */
function field<T>(schema: z.ZodType<T | undefined>, values: Record<string, unknown>, name: string, ctx: z.RefinementCtx): { value?: T; bad: boolean } {
  const r = schema.safeParse(values[name])
  if (r.success) return { value: r.data, bad: false }
  for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', path: [name], message: issue.message })
  return { bad: true }
}

export type Funding = { startsOn: string; endsOn: string; amountPence: number }

/**
 * The funding periods of a scheme form (issue 14: "amounts with periods"): period 1 is required, later ones optional;
 * a period is all three fields or none; each ends on or after its start; periods must not overlap. Field errors name
 * the field (`to2`, `amount1`…).
 */
function fundings(values: Record<string, unknown>, ctx: z.RefinementCtx): Funding[] {
  const out: (Funding & { n: number })[] = []
  for (let i = 1; i <= FUNDING_PERIODS; i++) {
    const parsed = { from: field(dateField, values, `from${i}`, ctx), to: field(dateField, values, `to${i}`, ctx), amount: field(amountField, values, `amount${i}`, ctx) }
    const [from, to, amount] = [parsed.from.value, parsed.to.value, parsed.amount.value]
    const bad = Object.values(parsed).some((p) => p.bad)
    if (!bad && from === undefined && to === undefined && amount === undefined && i > 1) continue
    // A field left blank is reported; a field already reported as wrong is not reported twice.
    const missing = (Object.entries(parsed) as [string, { value?: unknown; bad: boolean }][]).filter(([, p]) => p.value === undefined && !p.bad)
    for (const [name] of missing) ctx.addIssue({ code: 'custom', path: [`${name}${i}`], message: i === 1 ? 'required' : 'schemePeriodIncomplete' })
    if (missing.length || bad) continue
    if (to! < from!) ctx.addIssue({ code: 'custom', path: [`to${i}`], message: 'schemePeriodEndBeforeStart' })
    else out.push({ n: i, startsOn: from!, endsOn: to!, amountPence: amount! })
  }
  const sorted = [...out].sort((a, b) => a.startsOn.localeCompare(b.startsOn))
  sorted.forEach((p, k) => {
    if (k > 0 && p.startsOn <= sorted[k - 1]!.endsOn) ctx.addIssue({ code: 'custom', path: [`from${p.n}`], message: 'schemePeriodsOverlap' })
  })
  return sorted.map(({ startsOn, endsOn, amountPence }) => ({ startsOn, endsOn, amountPence }))
}

const shape = {
  name: trimmedText().min(1).max(200),
  nameCy: optionalText(200),
  funder: z.enum(schemeFunders, 'chooseOption'),
  funderName: trimmedText().min(1).max(200),
  funderNameCy: optionalText(200),
  region: z.enum(regions, 'chooseOption'),
  serves: z.enum(schemeServes, 'chooseOption'),
  providerAgencyId: optionalId,
  iomCohortId: optionalId,
  partnerServiceId: optionalId,
}

/** What the scheme serves must name its one target: the COSA provider, the IOM cohort or the partner service. */
const targetField = { COSA_CIRCLES: 'providerAgencyId', IOM_COHORT: 'iomCohortId', PARTNER_SERVICE: 'partnerServiceId' } as const

// Each target rule runs even when another field is wrong (`when`), so every problem is reported at once.
const base = schemeServes.reduce<z.ZodType<z.output<z.ZodObject<typeof shape>>>>(
  (schema, serves) => schema.refine((v) => v.serves !== serves || !!v[targetField[serves]], ruleOnField(targetField[serves], 'chooseOption')),
  z.object(shape),
)
const periods = z.object(periodFields).transform((v, ctx) => fundings(v, ctx))

/**
 * A scheme as the administrators' form sends it (issue 14): names, funder, area, what it serves with its one target,
 * and the funding periods. Returns `data` for the scheme row and `fundings` (London dates, pence) oldest first.
 * Throws one ZodError with every field's problem (the scheme's fields and the periods are checked independently).
 */
export function parseScheme(input: unknown) {
  const [a, b] = [base.safeParse(input), periods.safeParse(input)]
  if (!a.success || !b.success) throw new z.ZodError([...(a.error?.issues ?? []), ...(b.error?.issues ?? [])])
  const v = a.data
  const field = targetField[v.serves]
  const target = { providerAgencyId: null, iomCohortId: null, partnerServiceId: null, [field]: v[field] ?? null }
  const { name, nameCy, funder, funderName, funderNameCy, region, serves } = v
  return { data: { name, nameCy, funder, funderName, funderNameCy, region, serves, ...target }, fundings: b.data.map((p) => ({ startsOn: asDate(p.startsOn), endsOn: asDate(p.endsOn), amountPence: p.amountPence })) }
}

/** Which scheme an edit is for, at the version the administrator saw; the funding periods are replaced as a whole. */
export const ZSchemeVersion = z.object({ schemeId: z.uuid(), version })
