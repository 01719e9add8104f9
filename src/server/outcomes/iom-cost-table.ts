import 'server-only'
import type { IomStrand } from '../../generated/prisma/enums'
import type { Shown } from '../../lib/outcomes/disclosure'
import type { Relation } from '../../lib/outcomes/linked-suppression'
import { controlLinked, type MeasureDef } from './indicator-table'
import type { IomCohortCounts } from './iom-cost-query'
import type { IndicatorCounts } from './person-joins'
import { linkAreaBlocks, type AreaSlice } from './area-levels'

const sum = (rows: Record<string, number>[]): Record<string, number> =>
  Object.fromEntries(iomCostMeasures.map((d) => [d.id, rows.reduce((n, r) => n + (r[d.id] ?? 0), 0)]))

/** IOM measures: members, followed up, reoffenders; offences and mean cost per followed-up member before and after. */
export const iomCostMeasures: MeasureDef[] = [
  { id: 'members' }, { id: 'followedUp', of: 'members' }, { id: 'reoffenders', of: 'followedUp' },
  { id: 'offencesBefore' }, { id: 'offencesAfter' }, { id: 'costBefore', mean: 'followedUp' }, { id: 'costAfter', mean: 'followedUp' }, { id: 'uncosted' },
]

export type IomCostRow = { key: string; name: string; nameCy: string | null; measures: Record<string, Shown> }
export type IomCostTable = { strands: { strand: IomStrand; total: Record<string, Shown>; cohorts: IomCostRow[] }[]; total: Record<string, Shown> }

type Block = { total: number; strands: Map<IomStrand, number>; cohorts: Map<string, number>; present: ReadonlySet<string> }

/**
 * The IOM table (issue 14 "IOM per cohort and strand") of one area alone, as it may be shown: controlIomTables with
 * no other area. Output: the table of `rows`' cohorts.
 */
export const iomCostTable = (rows: IomCohortCounts[]): IomCostTable => controlIomTables([{ agency: '', all: rows, byLevel: { region: [], ldu: [], localAuthority: [] } }], new Map()).get('|all')!

/** The raw IOM rows of one agency ('' for all agencies together): all Wales, and by area of each level. */
export type IomSlice = AreaSlice<IomCohortCounts>

/**
 * The IOM tables of all Wales (`all`: one row per cohort) and of every area of each level (`byLevel`: one row per
 * cohort and area, `area` its id, '' for none), for all agencies together (the slice of agency '', which must
 * come first) and for each agency alone (the other slices), as they may be shown: each strand's cohorts, the strand's total and
 * the total of every cohort. Disclosure control as every outcome table, over all the tables at once (controlLinked,
 * ADR 0019): in each table the total is the sum of the strands and each strand the sum of its cohorts; all Wales is
 * the sum of the forces, of the LDUs and of the authorities, cohort by cohort, strand by strand and in total; each
 * force the sum of its LDUs and of its authorities (`regionOf`: public geography), each LDU of its recorded authorities (`lduOf`); and each table of all agencies
 * the sum of the same table of each agency (agencies are public too). So a figure withheld at one level, in one
 * area's or one agency's table cannot be worked out from another (ADR 0019 gaps 2 and 3: the table filtered to a
 * force and those filtered to its LDUs, or to an agency and the unfiltered one, gave withheld cells back); the sums
 * behind mean costs take part where mean × base gives them back (10 followed-up members). Output: tables by name
 * '<agency>|<area>' (area: 'all' or '<level>:<area id>'), and 'empty' (no one); each lists the cohorts recorded in
 * it, and any other it withholds.
 */
export function controlIomTables(slices: IomSlice[], regionOf: ReadonlyMap<string, string>, lduOf: ReadonlyMap<string, string> = new Map()): Map<string, IomCostTable> {
  const all = slices[0]!.all
  const strandsSeen = [...new Set(all.map((r) => r.strand))]
  const cohortsOf = strandsSeen.map((strand) => all.filter((r) => r.strand === strand))
  const rows: IndicatorCounts[] = []
  const relations: Relation[] = []
  const add = (key: string, values: Record<string, number>) => rows.push({ quarter: 'all', key, values }) - 1
  const block = (own: IomCohortCounts[]): Block => {
    const valuesOf = (cohortId: string) => own.find((r) => r.cohortId === cohortId)?.values ?? {}
    const cohorts = new Map(cohortsOf.flat().map((c) => [c.cohortId, add(c.cohortId, valuesOf(c.cohortId))]))
    const strands = new Map(strandsSeen.map((strand, i) => [strand, add(strand, sum(cohortsOf[i]!.map((c) => valuesOf(c.cohortId))))]))
    const total = add('all', sum(own.map((r) => r.values)))
    relations.push([total, ...strands.values()])
    strandsSeen.forEach((strand, i) => relations.push([strands.get(strand)!, ...cohortsOf[i]!.map((c) => cohorts.get(c.cohortId)!)]))
    return { total, strands, cohorts, present: new Set(own.map((r) => r.cohortId)) }
  }
  const sumOf = (whole: Block, parts: Block[]) => {
    relations.push([whole.total, ...parts.map((b) => b.total)])
    for (const [strand, i] of whole.strands) relations.push([i, ...parts.map((b) => b.strands.get(strand)!)])
    for (const [cohort, i] of whole.cohorts) relations.push([i, ...parts.map((b) => b.cohorts.get(cohort)!)])
  }
  const blocks = linkAreaBlocks(slices, { areaOf: (r) => r.area ?? '', block: (own) => block(own), sumOf, regionOf, lduOf })
  blocks.set('empty', block([]))
  const shown = controlLinked(rows, iomCostMeasures, relations)
  const withholds = (i: number) => Object.values(shown[i]!).some((s) => s.value === null && s.suppressed)
  return new Map([...blocks].map(([name, b]) => {
    const strands = strandsSeen.map((strand, i) => ({
      strand, total: shown[b.strands.get(strand)!]!,
      cohorts: cohortsOf[i]!.filter((c) => b.present.has(c.cohortId) || withholds(b.cohorts.get(c.cohortId)!))
        .map((c) => ({ key: c.cohortId, name: c.name, nameCy: c.nameCy, measures: shown[b.cohorts.get(c.cohortId)!]! })),
    }))
    return [name, { strands: strands.filter((s) => s.cohorts.length > 0), total: shown[b.total]! }]
  }))
}
