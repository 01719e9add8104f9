import 'server-only'
import { z } from 'zod'
import { Prisma } from '../../generated/prisma/client'
import { Region } from '../../generated/prisma/enums'
import { isQuarter, lastQuarters, quarterCount, quarterEnd, quarterOf, quarterStart, quarterYear, type Quarter } from '../../lib/outcomes/quarters'
import { todayInLondon } from '../../lib/dates'
import { blank } from '../zod-fields'
import { inPriorityGroup, priorityGroupRows, priorityGroups } from './priority-groups'
import { AGE_BANDS } from '../../lib/outcomes/age-bands'

/** What a table of outcome figures is broken down by (issue 14 "Breakdowns"). */
export const breakdowns = ['none', 'region', 'ldu', 'localAuthority', 'agency', 'priorityGroup', 'sex', 'ageBand', 'ethnicity'] as const
export type Breakdown = (typeof breakdowns)[number]

/**
 * The first year a filter may ask for. Llwybr holds no event before it (the MoJ's quarterly proven reoffending series
 * starts in 2000 too); with the current quarter as the last, it bounds the work a filter asks for (issue 14: a range
 * from year 0 to 9999 grew the server to 5 GB).
 */
export const EARLIEST_OUTCOME_YEAR = 2000

/**
 * The most quarters one filter may span: 40, ten years. The dashboard's trend needs 8 and the form offers 16; a board
 * comparing a decade still fits, while each quarter is a set of queries per table, so no filter can ask for unbounded
 * work (issue 14).
 */
export const MAX_OUTCOME_QUARTERS = 40

/**
 * A quarter such as `2025-Q3` from EARLIEST_OUTCOME_YEAR to the current one (London dates). Errors: `invalidQuarter`
 * (not a quarter), `quarterOutOfRange` (with `min`, the earliest year, and `max`, this year, for the message).
 */
export const ZOutcomeQuarter = z
  .string()
  .refine(isQuarter, 'invalidQuarter')
  .transform((q) => q as Quarter)
  .superRefine((q, ctx) => {
    const now = quarterOf(todayInLondon())
    if (quarterYear(q) < EARLIEST_OUTCOME_YEAR || quarterStart(q) > quarterStart(now)) {
      ctx.addIssue({ code: 'custom', message: 'quarterOutOfRange', params: { min: EARLIEST_OUTCOME_YEAR, max: quarterYear(now) } })
    }
  })
const quarter = ZOutcomeQuarter

/**
 * The filters every outcome view takes: a range of quarters (default: the last 8, London dates), an area (region,
 * LDU or local authority), the responsible agency, one priority group, and what to break the figures down by.
 * Bounded (issue 14): quarters within ZOutcomeQuarter, at most MAX_OUTCOME_QUARTERS of them (`quarterRangeTooLong` on
 * `to`), `to` not before `from` (`quarterRangeOrder`); unknown choices refused (`chooseOption`).
 */
// The last eight quarters (London dates) when the address names none.
function withDefaultQuarters<F extends { from?: string; to?: string }>(f: F): F & { from: string; to: string } {
  const recent = lastQuarters(todayInLondon(), 8)
  return { ...f, from: f.from ?? recent[0]!, to: f.to ?? recent[recent.length - 1]! }
}

export const ZOutcomeFilter = z
  .object({
    from: z.preprocess(blank, quarter.optional()),
    to: z.preprocess(blank, quarter.optional()),
    region: z.preprocess(blank, z.enum(Region, 'chooseOption').optional()),
    lduId: z.preprocess(blank, z.uuid('chooseOption').optional()),
    localAuthorityId: z.preprocess(blank, z.uuid('chooseOption').optional()),
    agencyId: z.preprocess(blank, z.uuid('chooseOption').optional()),
    group: z.preprocess(blank, z.enum(priorityGroups, 'chooseOption').optional()),
    by: z.preprocess(blank, z.enum(breakdowns, 'chooseOption').default('none')),
  })
  // A range rule names the quarter the user gave: `to`, or `from` when `to` is the default (review 66 K2: naming a `to`
  // not given left the page nothing to leave out but every filter, the breakdown and area chosen among them).
  .superRefine((f, ctx) => {
    const { from, to } = withDefaultQuarters(f)
    const path = [f.to === undefined ? 'from' : 'to']
    if (quarterStart(from) > quarterStart(to)) ctx.addIssue({ code: 'custom', path, message: 'quarterRangeOrder' })
    else if (quarterCount(from, to) > MAX_OUTCOME_QUARTERS) ctx.addIssue({ code: 'custom', path, message: 'quarterRangeTooLong', params: { min: 1, max: MAX_OUTCOME_QUARTERS } })
  }, { when: (payload) => payload.issues.length === 0 })
  .transform(withDefaultQuarters)
  .superRefine((f, ctx) => areaIssues(f).forEach((issue) => ctx.addIssue({ code: 'custom', ...issue })))
export type TOutcomeFilter = z.output<typeof ZOutcomeFilter>

const areaBreakdowns: readonly Breakdown[] = ['region', 'ldu', 'localAuthority']

/**
 * The breakdowns a filter form offers: all of them, or, for a lead whose own area is fixed on every view, none by an
 * area level, which the area rule below would refuse (walk 28 D3: offered, then refused with "An area is chosen
 * already"). Input: whether the reader's area is fixed. Output: breakdown names, in the form's order.
 */
export const breakdownChoices = (ownArea: boolean): readonly Breakdown[] => (ownArea ? breakdowns.filter((b) => !areaBreakdowns.includes(b)) : breakdowns)

/**
 * The area rule of a filter (issue 14 break test item 2, ADR 0019): at most one area choice (force, LDU or local
 * authority: `oneArea` on the finest chosen, the local authority or else the LDU), and no breakdown by an area level beside it (`areaTwice` on `by`). Forces, LDUs
 * and local authorities are overlapping partitions of the same people; a view of one broken down by another would
 * show their intersections, each withheld or shown apart from the breakdowns of all Wales, and between them give a
 * withheld cell back. Output: the issues (none when the filter keeps the rule). Also applied after a lead's own area
 * is forced on the filter (lead-scope.ts).
 */
export function areaIssues(f: { region?: unknown; lduId?: unknown; localAuthorityId?: unknown; by: Breakdown }): { path: string[]; message: string }[] {
  const areas = [f.region, f.lduId, f.localAuthorityId].filter((a) => a !== undefined).length
  // On the finest area chosen (walk 35: a force with an LDU was told so beside the local authority, not chosen).
  if (areas > 1) return [{ path: [f.localAuthorityId !== undefined ? 'localAuthorityId' : 'lduId'], message: 'oneArea' }]
  if (areas === 1 && areaBreakdowns.includes(f.by)) return [{ path: ['by'], message: 'areaTwice' }]
  return []
}

/** The filter as canonical JSON (fixed field order, absent fields null): the key of its precomputed figures. */
export function filterKey(f: TOutcomeFilter): string {
  return JSON.stringify([f.from, f.to, f.region ?? null, f.lduId ?? null, f.localAuthorityId ?? null, f.agencyId ?? null, f.group ?? null, f.by])
}

/** The cohort-start window of a filter: London dates, `from` inclusive, `to` exclusive. */
export const startWindow = (f: TOutcomeFilter) => ({ from: quarterStart(f.from), to: quarterEnd(f.to) })

// A person's area: their LDU's region, or their local authority's when they have no LDU (police-only records).
const regionOf = Prisma.sql`COALESCE(ldu.region, la.region)`

/** SQL conditions on person `o` (with `ldu` and `la` joined) and cohort start `m.day` for a filter's choices. */
export function personConditions(f: TOutcomeFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`]
  if (f.region) parts.push(Prisma.sql`${regionOf} = ${f.region}::"Region"`)
  if (f.lduId) parts.push(Prisma.sql`o."lduId" = ${f.lduId}::uuid`)
  if (f.localAuthorityId) parts.push(Prisma.sql`o."localAuthorityId" = ${f.localAuthorityId}::uuid`)
  if (f.agencyId) parts.push(Prisma.sql`o."responsibleAgencyId" = ${f.agencyId}::uuid`)
  if (f.group) parts.push(inPriorityGroup(f.group))
  return Prisma.join(parts, ' AND ')
}

/**
 * Ministry of Justice age bands at cohort start (AGE_BANDS), as one CASE over the age on the event's day. Literal, not
 * parameters: a breakdown groups by this expression, and Postgres matches a GROUP BY expression to its SELECT only
 * when both are the same text (constants from AGE_BANDS, never input).
 */
const ageBand = Prisma.raw(`CASE ${AGE_BANDS.map((b) => (b.to === null ? `ELSE '${b.key}'` : `WHEN date_part('year', age(m.day, o."dateOfBirth")) <= ${b.to} THEN '${b.key}'`)).join(' ')} END`)

/** The key each row of a breakdown is grouped on (null: not recorded), and any join it needs. */
export function breakdownKey(by: Breakdown): { key: Prisma.Sql; join: Prisma.Sql; where: Prisma.Sql } {
  const plain = (key: Prisma.Sql) => ({ key, join: Prisma.empty, where: Prisma.sql`TRUE` })
  switch (by) {
    case 'none': return plain(Prisma.sql`'all'`)
    case 'region': return plain(Prisma.sql`${regionOf}::text`)
    case 'ldu': return plain(Prisma.sql`o."lduId"::text`)
    case 'localAuthority': return plain(Prisma.sql`o."localAuthorityId"::text`)
    case 'agency': return plain(Prisma.sql`o."responsibleAgencyId"::text`)
    case 'sex': return plain(Prisma.sql`o.sex::text`)
    case 'ageBand': return plain(ageBand)
    case 'ethnicity': return plain(Prisma.sql`NULLIF(btrim(o.ethnicity), '')`)
    case 'priorityGroup': return { key: Prisma.sql`g.key`, join: priorityGroupRows(), where: Prisma.sql`g.member` }
  }
}
