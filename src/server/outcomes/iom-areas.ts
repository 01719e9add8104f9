import 'server-only'
import { geography } from './area-levels'
import { areaTableName } from './cut-levels'
import { memoised, type FigureMemo } from './filter-cells'
import { queryIomCosts } from './iom-cost-query'
import { controlIomTables, type IomCostTable } from './iom-cost-table'
import type { TOutcomeFilter } from './outcome-filter'

/**
 * The disclosure-controlled IOM table (per strand and cohort, issue 14 "IOM") of a parsed filter on London's `today`
 * (`YYYY-MM-DD`, which members are followed up), controlled together with the tables of all Wales and of every
 * force, LDU and local authority under the filter's other choices (ADR 0019 gap 3: the table filtered to an area was
 * not linked to the unfiltered one, so a withheld cell came back by subtraction). One query per level, memoised per
 * request for the filter less its area. Output: the table as iomCostTable gives it (controlIomTables).
 */
export async function iomFigures(f: TOutcomeFilter, today: string, memo: FigureMemo = new Map()): Promise<IomCostTable> {
  const wide = { ...f, region: undefined, lduId: undefined, localAuthorityId: undefined, by: 'none' as const }
  const tables = await memoised(memo, `iom-areas ${today}`, wide, async () => {
    const [all, region, ldu, localAuthority, places] = await Promise.all([
      queryIomCosts(wide, today), queryIomCosts(wide, today, 'region'), queryIomCosts(wide, today, 'ldu'), queryIomCosts(wide, today, 'localAuthority'), geography(),
    ])
    return controlIomTables(all, { region, ldu, localAuthority }, places.regionOf)
  })
  // An area with no member: zeros, shown (no one's figure can be had from a 0 no one else's makes).
  return tables.get(areaTableName(f)) ?? tables.get('empty')!
}
