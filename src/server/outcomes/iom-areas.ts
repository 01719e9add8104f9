import 'server-only'
import { areaLevels, memoGeography } from './area-levels'
import { areaTableName } from './cut-levels'
import { memoised, type FigureMemo } from './filter-cells'
import { queryIomCosts, type IomCohortCounts } from './iom-cost-query'
import { controlIomTables, type IomCostTable, type IomSlice } from './iom-cost-table'
import type { TOutcomeFilter } from './outcome-filter'

/**
 * The disclosure-controlled IOM table (per strand and cohort, issue 14 "IOM") of a parsed filter on London's `today`
 * (`YYYY-MM-DD`, which members are followed up), controlled together with the tables of all Wales and of every
 * force, LDU and local authority, for all agencies and for each agency, under the filter's other choices (ADR 0019
 * gaps 2 and 3: the table filtered to an area or to an agency was not linked to the unfiltered one, so a withheld
 * cell came back by subtraction). Eight queries (each level, with and without agency), memoised per request for the
 * filter less its area and agency. Output: the table as iomCostTable gives it (controlIomTables).
 */
export async function iomFigures(f: TOutcomeFilter, today: string, memo: FigureMemo = new Map()): Promise<IomCostTable> {
  const wide = { ...f, region: undefined, lduId: undefined, localAuthorityId: undefined, agencyId: undefined, by: 'none' as const }
  const tables = await memoised(memo, `iom-areas ${today}`, wide, async () => {
    const levels = (byAgency: boolean) => Promise.all([undefined, ...areaLevels].map((level) => queryIomCosts(wide, today, level, byAgency)))
    const [plain, byAgency, places] = await Promise.all([levels(false), levels(true), memoGeography(memo)])
    const sliceOf = (agency: string, rows: IomCohortCounts[][]): IomSlice => ({ agency, all: rows[0]!, byLevel: { region: rows[1]!, ldu: rows[2]!, localAuthority: rows[3]! } })
    const agencies = [...new Set(byAgency[0]!.map((r) => r.agency ?? ''))]
    const slices = [sliceOf('', plain), ...agencies.map((a) => sliceOf(a, byAgency.map((rows) => rows.filter((r) => r.agency === a))))]
    return controlIomTables(slices, places.regionOf, places.lduOf)
  })
  // An area or agency with no member: zeros, shown (no one's figure can be had from a 0 no one else's makes).
  return tables.get(`${f.agencyId ?? ''}|${areaTableName(f)}`) ?? tables.get('empty')!
}
