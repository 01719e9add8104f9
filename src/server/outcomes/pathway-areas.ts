import 'server-only'
import { quartersBetween } from '../../lib/outcomes/quarters'
import { areaLevels, memoGeography } from './area-levels'
import { memoised, type FigureMemo } from './filter-cells'
import { areaTableName } from './cut-levels'
import { quarterNotOver } from './indicator-table'
import type { TOutcomeFilter } from './outcome-filter'
import type { IndicatorCounts } from './person-joins'
import { agencyOfKey, queryPathways } from './pathway-query'
import { controlPathwayTables, type PathwayFigures, type PathwayPeriod, type PathwaySlice, type PathwayTable } from './pathway-table'

/**
 * The pathway table of a filter, controlled together with the tables of all Wales and of every force, LDU and local
 * authority, for all agencies and for each agency, under the filter's other choices (ADR 0019 gaps 2 and 3: the
 * table filtered to a force and those filtered to its LDUs, or to an agency and the unfiltered one, gave withheld
 * cells back by subtraction). All of them are one controlLinked over these relations, for each
 * referral measure: each table's total is the sum of its pathways; all Wales is the sum of the forces, of the LDUs
 * and of the authorities, pathway by pathway and in total; each force the sum of its LDUs and of its authorities
 * (geography is public). So a figure has one status in every view, and no relation has exactly one withheld figure.
 * People with a need overlap across pathways: primary suppression only, as before. Input: a parsed filter over one
 * window (its area choice picks the table returned). Output: one table as pathwayTable gives it (controlPathwayTables).
 */
export async function linkedPathwayTable(f: TOutcomeFilter, memo: FigureMemo): Promise<PathwayTable> {
  const wide = { ...f, region: undefined, lduId: undefined, localAuthorityId: undefined, agencyId: undefined, by: 'none' as const }
  const tables = await memoised(memo, 'pathway-areas', wide, () => controlAllAreas(wide, memo))
  // An area or agency with nothing recorded has no rows: zeros, shown (no one's figure can be had from a 0 no one else's makes).
  return tables.get(`${f.agencyId ?? ''}|${areaTableName(f)}`) ?? tables.get('empty')!
}

async function controlAllAreas(f: TOutcomeFilter, memo: FigureMemo): Promise<Map<string, PathwayTable>> {
  const levels = (byAgency: boolean) => Promise.all([undefined, ...areaLevels].map((level) => queryPathways(f, level, byAgency)))
  const [plain, byAgency, places] = await Promise.all([levels(false), levels(true), memoGeography(memo)])
  const sliceOf = (agency: string, rows: IndicatorCounts[][]): PathwaySlice => ({ agency, all: rows[0]!, byLevel: { region: rows[1]!, ldu: rows[2]!, localAuthority: rows[3]! } })
  const split = byAgency.map((rows) => rows.map((r) => ({ ...agencyOfKey(r.key!), row: r })))
  const agencies = [...new Set(split[0]!.map((r) => r.agency))]
  const ofAgency = (a: string) => split.map((rows) => rows.filter((r) => r.agency === a).map((r) => ({ ...r.row, key: r.key })))
  return controlPathwayTables([sliceOf('', plain), ...agencies.map((a) => sliceOf(a, ofAgency(a)))], places.regionOf, places.lduOf)
}

/**
 * The disclosure-controlled pathway figures of a parsed filter on London's `today` (`YYYY-MM-DD`): the quarters that
 * are over in one table, those not over (quarterNotOver, the rule of appointments and endings) in another, each
 * queried over its own window (issue 14: interim kept apart; the pathway table once totalled the current quarter
 * with the final ones), each controlled with every area's table (linkedPathwayTable). Output: PathwayFigures.
 */
export async function pathwayFigures(f: TOutcomeFilter, today: string, memo: FigureMemo = new Map()): Promise<PathwayFigures> {
  const quarters = quartersBetween(f.from, f.to)
  const period = async (part: typeof quarters): Promise<PathwayPeriod | null> => {
    if (part.length === 0) return null
    const window = { ...f, from: part[0]!, to: part[part.length - 1]! }
    return { from: window.from, to: window.to, ...(await linkedPathwayTable(window, memo)) }
  }
  const [final, interim] = await Promise.all([period(quarters.filter((q) => !quarterNotOver(q, today))), period(quarters.filter((q) => quarterNotOver(q, today)))])
  return { final, interim }
}
