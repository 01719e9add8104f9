import 'server-only'
import type { Pathway } from '../../generated/prisma/enums'
import type { Shown } from '../../lib/outcomes/disclosure'
import type { Quarter } from '../../lib/outcomes/quarters'
import type { Relation } from '../../lib/outcomes/linked-suppression'
import { controlLinked } from './indicator-table'
import type { IndicatorCounts } from './person-joins'
import { areaLevels, type AreaLevel } from './area-levels'
import { areaOfKey, pathwayAreaKey, pathwayKeys, pathwayNeedMeasures, pathwayReferralMeasures } from './pathway-query'

export type PathwayTable = {
  rows: { pathway: Pathway; measures: Record<string, Shown> }[]
  /** The referral figures of every pathway together (each referral is on one pathway); no people with a need. */
  total: Record<string, Shown>
}

/**
 * The pathway table (issue 14 item 3) of one area alone, as it may be shown: controlPathwayTables with no other area.
 */
export const pathwayTable = (counts: IndicatorCounts[]): PathwayTable => controlPathwayTables(counts, { region: [], ldu: [], localAuthority: [] }, new Map()).get('all')!

type Block = { pathways: number[]; total: number }

/**
 * The pathway tables of all Wales (`all`, one row per pathway) and of every area of each level (`byLevel`, keys
 * pathwayAreaKey; '' for no area), controlled together (ADR 0019 gap 3): all nine pathways in order (none recorded:
 * zeros), then the total of the referral figures. For each referral measure, one controlLinked over these
 * relations: each table's total is the sum of its pathways (each referral is on one pathway); all Wales is the sum
 * of the forces, of the LDUs and of the authorities, pathway by pathway and in total; each force the sum of its LDUs
 * and of its authorities (`regionOf`: public geography). People with a need overlap across pathways, so they get
 * primary suppression only and no total. Output: tables by name: 'all', '<level>:<area id>', and 'empty' (zeros).
 */
export function controlPathwayTables(all: IndicatorCounts[], byLevel: Record<AreaLevel, IndicatorCounts[]>, regionOf: ReadonlyMap<string, string>): Map<string, PathwayTable> {
  const rows: IndicatorCounts[] = []
  const block = (find: (pathway: string) => IndicatorCounts | undefined): Block => {
    const pathways = pathwayKeys.map((pathway) => rows.push({ quarter: 'all', key: pathway, values: find(pathway)?.values ?? {} }) - 1)
    const sum = Object.fromEntries(pathwayReferralMeasures.map((d) => [d.id, pathways.reduce((n, i) => n + (rows[i]!.values[d.id] ?? 0), 0)]))
    return { pathways, total: rows.push({ quarter: 'all', key: 'total', values: sum }) - 1 }
  }
  const blocks = new Map<string, Block>([['all', block((p) => all.find((r) => r.key === p))]])
  const areasOf = (level: AreaLevel) => [...new Set(byLevel[level].map((r) => areaOfKey(r.key!)))]
  for (const level of areaLevels) {
    for (const area of areasOf(level)) blocks.set(`${level}:${area}`, block((p) => byLevel[level].find((r) => r.key === pathwayAreaKey(p, area))))
  }
  blocks.set('empty', block(() => undefined))

  const relations: Relation[] = []
  const sumOf = (whole: Block, parts: Block[]) => {
    if (parts.length === 0) return
    relations.push([whole.total, ...parts.map((b) => b.total)])
    pathwayKeys.forEach((_, p) => relations.push([whole.pathways[p]!, ...parts.map((b) => b.pathways[p]!)]))
  }
  for (const b of blocks.values()) relations.push([b.total, ...b.pathways])
  const inLevel = (level: AreaLevel, region?: string) =>
    areasOf(level).filter((a) => region === undefined || (a !== '' && regionOf.get(a) === region)).map((a) => blocks.get(`${level}:${a}`)!)
  for (const level of areaLevels) sumOf(blocks.get('all')!, inLevel(level))
  for (const force of areasOf('region').filter((a) => a !== '')) {
    for (const level of ['ldu', 'localAuthority'] as const) sumOf(blocks.get(`region:${force}`)!, inLevel(level, force))
  }
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
