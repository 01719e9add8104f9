import 'server-only'
import type { Pathway } from '../../generated/prisma/enums'
import type { Shown } from '../../lib/outcomes/disclosure'
import type { Quarter } from '../../lib/outcomes/quarters'
import type { Relation } from '../../lib/outcomes/linked-suppression'
import { controlLinked } from './indicator-table'
import type { IndicatorCounts } from './person-joins'
import { linkAreaBlocks, type AreaSlice } from './area-levels'
import { areaOfKey, pathwayAreaKey, pathwayKeys, pathwayNeedMeasures, pathwayReferralMeasures } from './pathway-query'

export type PathwayTable = {
  rows: { pathway: Pathway; measures: Record<string, Shown> }[]
  /** The referral figures of every pathway together (each referral is on one pathway); no people with a need. */
  total: Record<string, Shown>
}

/**
 * The pathway table (issue 14 item 3) of one area alone, as it may be shown: controlPathwayTables with no other area.
 */
export const pathwayTable = (counts: IndicatorCounts[]): PathwayTable => controlPathwayTables([{ agency: '', all: counts, byLevel: { region: [], ldu: [], localAuthority: [] } }], new Map()).get('|all')!

/** The raw pathway rows of one agency ('' for all agencies together): all Wales, and by area of each level. */
export type PathwaySlice = AreaSlice<IndicatorCounts>

type Block = { pathways: number[]; total: number }

/**
 * The pathway tables of all Wales (`all`, one row per pathway) and of every area of each level (`byLevel`, keys
 * pathwayAreaKey; '' for no area), for all agencies together (the slice of agency '', first) and for each agency
 * alone (the other slices), controlled together (ADR 0019 gaps 2 and 3): all nine pathways in order (none recorded:
 * zeros), then the total of the referral figures. For each referral measure, one controlLinked over these
 * relations: each table's total is the sum of its pathways (each referral is on one pathway); all Wales is the sum
 * of the forces, of the LDUs and of the authorities, pathway by pathway and in total; each force the sum of its LDUs
 * and of its authorities (`regionOf`: public geography), each LDU of its recorded authorities (`lduOf`); each table of all agencies the sum of the same table of
 * each agency, pathway by pathway and in total (agencies are public too). People with a need overlap across
 * pathways, so they get primary suppression only and no total. Output: tables by name '<agency>|<area>' (area:
 * 'all' or '<level>:<area id>'), and 'empty' (zeros).
 */
export function controlPathwayTables(slices: PathwaySlice[], regionOf: ReadonlyMap<string, string>, lduOf: ReadonlyMap<string, string> = new Map()): Map<string, PathwayTable> {
  const rows: IndicatorCounts[] = []
  const block = (find: (pathway: string) => IndicatorCounts | undefined): Block => {
    const pathways = pathwayKeys.map((pathway) => rows.push({ quarter: 'all', key: pathway, values: find(pathway)?.values ?? {} }) - 1)
    const sum = Object.fromEntries(pathwayReferralMeasures.map((d) => [d.id, pathways.reduce((n, i) => n + (rows[i]!.values[d.id] ?? 0), 0)]))
    return { pathways, total: rows.push({ quarter: 'all', key: 'total', values: sum }) - 1 }
  }
  const relations: Relation[] = []
  const sumOf = (whole: Block, parts: Block[]) => {
    relations.push([whole.total, ...parts.map((b) => b.total)])
    pathwayKeys.forEach((_, p) => relations.push([whole.pathways[p]!, ...parts.map((b) => b.pathways[p]!)]))
  }
  const blocks = linkAreaBlocks(slices, {
    areaOf: (r) => areaOfKey(r.key!), regionOf, lduOf, sumOf,
    block: (own, area) => block((p) => own.find((r) => r.key === (area === null ? p : pathwayAreaKey(p, area)))),
  })
  blocks.set('empty', block(() => undefined))
  for (const b of blocks.values()) relations.push([b.total, ...b.pathways])
  const referrals = controlLinked(rows, pathwayReferralMeasures, relations)
  const needs = controlLinked(rows, pathwayNeedMeasures, [])
  return new Map([...blocks].map(([name, b]) => [name, {
    rows: pathwayKeys.map((pathway, p) => ({ pathway, measures: { ...needs[b.pathways[p]!]!, ...referrals[b.pathways[p]!]! } })),
    total: referrals[b.total]!,
  }]))
}

/** The pathway table over quarters `from`..`to`, all final (over) or all interim (not over). */
export type PathwayPeriod = PathwayTable & { from: Quarter; to: Quarter }

/**
 * The pathway figures of a filter (issue 14: "a quarter not over is interim and kept apart", as every indicator):
 * `final`, the table over the filter's quarters that are over, and `interim`, the table over those not over yet
 * (at most the current one); null where there are none. Never one table mixing the two.
 */
export type PathwayFigures = { final: PathwayPeriod | null; interim: PathwayPeriod | null }

/** The tables of PathwayFigures to show, the final one first, each saying whether it is interim. */
export const pathwayPeriods = (f: PathwayFigures): (PathwayPeriod & { interim: boolean })[] => [
  ...(f.final ? [{ ...f.final, interim: false }] : []),
  ...(f.interim ? [{ ...f.interim, interim: true }] : []),
]
