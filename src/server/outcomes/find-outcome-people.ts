import 'server-only'
import { z } from 'zod'
import type { Prisma } from '../../generated/prisma/client'
import { todayInLondon } from '../../lib/dates'
import { outcomeTableNames, type OutcomeTableName } from '../../lib/outcomes/columns'
import type { Quarter } from '../../lib/outcomes/quarters'
import { recordAuditEach } from '../audit/record-audit'
import { prisma } from '../db'
import { notFound } from '../errors'
import { keysetPage, type KeyColumn } from '../paging/keyset'
import { keysetParams } from '../paging/keyset.schemas'
import { authorize, outcomeDrillDownScope, type Actor } from '../policy'
import { indicatorFigures } from './compute-outcome-figures'
import { drillableMeasures, indicatorDefs } from './indicator-defs'
import { peopleBehind } from './indicator-events'
import { outcomeFilterFor } from './lead-scope'
import { ZOutcomeQuarter, type TOutcomeFilter } from './outcome-filter'

export const OUTCOME_PEOPLE_PAGE_SIZE = 25

const ZDrill = z
  .object({
    // Absent: the proven reoffending table, the first to have a drill-down (links made before the others had one).
    table: z.enum(outcomeTableNames, 'chooseOption').default('reoffending'),
    // Bounded as the filter's quarters are (issue 14: `1-Q2` and `10000-Q1` were thrown back as 500s).
    quarter: ZOutcomeQuarter,
    measure: z.string().max(40),
    ...keysetParams(z.uuid()),
  })
  .refine((d) => drillableMeasures(d.table).includes(d.measure), { path: ['measure'], message: 'chooseOption' })

// Surname, then CRN (unique), so the order is total and a boundary person names exactly one position.
const columns: KeyColumn<'lastName' | 'crn'>[] = [
  { key: 'lastName', dir: 'asc' },
  { key: 'crn', dir: 'asc' },
]

/**
 * The people behind one count of an outcome table (issue 14 "Rules"; leads' item 3): the rows `measure` counts in
 * `quarter` of `table` (any of the dashboard's tables; a count, not a rate, mean or sum of hours), with the
 * dashboard's filter (area forced to the lead's own, outcomeFilterFor), from the same definition as the figure
 * (indicatorDefs, so the list cannot disagree with it). Of those, only people the lead may already open
 * (outcomeDrillDownScope, the policy's rule: their read scope), and never a Limited Access person, even one the lead is
 * named for. A list shorter than the figure beside it on the dashboard would say how many were left out, and with a
 * group filter something about them (a Limited Access person's priority group), so people are listed only when everyone
 * behind the table's figures in that quarter and the lead's area, whatever the agency or group, is someone the lead may
 * open (`complete`); otherwise no one is listed (everyoneOpenable; ADR 0019). A withheld figure (1 to 4, or secondary) has no
 * people behind it to list: NOT_FOUND, as the dashboard shows it without a link. Keyset pages by surname; each person
 * has `counted`, how many of the figure's rows are theirs. Each person listed is audited as a read
 * (`outcomes.drillDown`, with the table and figure asked for).
 * Input: the filter fields plus `table` (default reoffending), `quarter`, `measure` and paging. Output: the filter,
 * the query, `complete` (false: no one listed), the people page and paging; never the figure itself. Throws FORBIDDEN without `stats.viewOwn`
 * (strategic managers never reach a name), ZodError on bad input, NOT_FOUND for a withheld figure.
 */
export async function findOutcomePeople(actor: Actor, input: unknown) {
  authorize(actor, 'stats.viewOwn')
  const filter = await outcomeFilterFor(actor, input)
  const query = ZDrill.parse(input)
  // The one quarter asked for: its figure (disclosure control is per quarter) and its rows need no other quarter.
  const inQuarter = { ...filter, from: query.quarter, to: query.quarter, by: 'none' as const }
  const [figures, behind] = await Promise.all([indicatorFigures(inQuarter, query.table, todayInLondon()), peopleBehind(indicatorDefs[query.table], inQuarter, query.quarter, query.measure)])
  const figure = figures[0]?.total[query.measure]
  if (!figure || figure.value === null) throw notFound()
  const counted = new Map(behind.map((b) => [b.id, b.counted]))
  // Whom a drill-down may name is the policy module's rule (no Limited Access person at all), compiled into the query.
  const openable = (ids: string[]): Prisma.OffenderWhereInput => ({ AND: [{ id: { in: ids } }, outcomeDrillDownScope(actor)] })
  if (!(await everyoneOpenable(actor, filter, query, openable))) {
    return { filter, query, complete: false as const, total: 0, pages: 1, people: [], hasNext: false, hasPrevious: false, firstId: undefined, lastId: undefined }
  }
  const where = openable([...counted.keys()])
  const cursor = query.after ?? query.before
  const boundary = cursor ? await prisma.offender.findFirst({ where: { AND: [where, { id: cursor }] }, select: { lastName: true, crn: true } }) : null
  const [total, page] = await Promise.all([
    prisma.offender.count({ where }),
    keysetPage({
      columns,
      boundary,
      backwards: Boolean(query.before),
      size: OUTCOME_PEOPLE_PAGE_SIZE,
      find: ({ after, orderBy, take }) => prisma.offender.findMany({ where: after ? { AND: [where, after as Prisma.OffenderWhereInput] } : where, select: { id: true, crn: true, firstName: true, lastName: true }, orderBy, take }),
    }),
  ])
  const people = page.rows.map((p) => ({ ...p, counted: counted.get(p.id) ?? 0 }))
  const detail = { ...filter, table: query.table, quarter: query.quarter, measure: query.measure }
  await recordAuditEach(prisma, actor, people.map((p) => ({ action: 'outcomes.drillDown' as const, subjectType: 'Offender', subjectId: p.id, offenderId: p.id, detail })))
  return { filter, query, complete: true as const, total, pages: Math.max(1, Math.ceil(total / OUTCOME_PEOPLE_PAGE_SIZE)), people, hasNext: page.hasNext, hasPrevious: page.hasPrevious, firstId: people[0]?.id, lastId: people.at(-1)?.id }
}

/**
 * Whether every person behind any count of `query.table` in `query.quarter` in the lead's area (the filter without
 * its agency and priority group) is someone `actor` may open and not Limited Access. Judged over that whole cell, not
 * the figure asked for, so that whether a list is given never depends on a hidden person's group, agency or outcome:
 * all it can tell is that someone in the area's cohort of the quarter is not the lead's to open (ADR 0019).
 */
async function everyoneOpenable(actor: Actor, filter: TOutcomeFilter, query: { table: OutcomeTableName; quarter: string }, openable: (ids: string[]) => Prisma.OffenderWhereInput): Promise<boolean> {
  const cell = { ...filter, agencyId: undefined, group: undefined, from: query.quarter as Quarter, to: query.quarter as Quarter, by: 'none' as const }
  const behind = await Promise.all(drillableMeasures(query.table).map((measure) => peopleBehind(indicatorDefs[query.table], cell, query.quarter, measure)))
  const ids = [...new Set(behind.flat().map((b) => b.id))]
  return (await prisma.offender.count({ where: openable(ids) })) === ids.length
}
