import 'server-only'
import type { Shown } from '../../lib/outcomes/disclosure'
import type { Relation } from '../../lib/outcomes/linked-suppression'
import { prisma } from '../db'
import { TOTAL_KEY, controlLinked, type MeasureDef, type TotalAndRowsControl } from './indicator-table'
import type { Breakdown } from './outcome-filter'
import type { IndicatorCounts } from './person-joins'

/** The three area levels a breakdown can be by: three partitions of the same people, nested in forces. */
export const areaLevels = ['region', 'ldu', 'localAuthority'] as const
export type AreaLevel = (typeof areaLevels)[number]
export const isAreaLevel = (by: Breakdown): by is AreaLevel => (areaLevels as readonly string[]).includes(by)

/**
 * Which force each LDU and each local authority is in, and which LDU each authority is part of where that is recorded
 * (public geography, so a reader knows it too: an LDU is then the sum of its authorities, ADR 0019).
 */
export type Geography = { regionOf: Map<string, string>; lduOf: Map<string, string> }

/** The geography of every LDU and local authority. */
export async function geography(): Promise<Geography> {
  const [ldus, las] = await Promise.all([prisma.area.findMany({ select: { id: true, region: true } }), prisma.localAuthority.findMany({ select: { id: true, region: true, lduId: true } })])
  return { regionOf: new Map([...ldus, ...las].map((a) => [a.id, a.region])), lduOf: new Map(las.flatMap((a) => (a.lduId ? [[a.id, a.lduId] as const] : []))) }
}

/**
 * A breakdown by one area level, controlled together with the other two (issue 14 break test item 2; ADR 0019): the
 * total is the sum of the forces, of the LDUs and of the local authorities, and each force the sum of its LDUs and of
 * its authorities, so one level's withheld cell is not the difference of another's shown ones. The three breakdowns
 * are controlled as one whichever is asked, so each area has one status in all three. Input: one quarter's total and
 * raw rows per level, the level asked for, the measures, the withheld cells from the filter rule (withheldByFilter)
 * and the geography. Output: the total's measures, then each row of `by`'s, in order.
 */
export function controlAreaLevels(o: { total: IndicatorCounts; levels: Record<AreaLevel, IndicatorCounts[]>; by: AreaLevel; defs: MeasureDef[]; withheld?: ReadonlyMap<string | null, ReadonlySet<string>>; geography: Geography }): Record<string, Shown>[] {
  const rows = [o.total, ...areaLevels.flatMap((level) => o.levels[level])]
  const start: Record<AreaLevel, number> = { region: 1, ldu: 1 + o.levels.region.length, localAuthority: 1 + o.levels.region.length + o.levels.ldu.length }
  const indices = (level: AreaLevel) => o.levels[level].map((_, i) => start[level] + i)
  const relations: Relation[] = areaLevels.map((level) => [0, ...indices(level)])
  o.levels.region.forEach((force, r) => {
    for (const level of ['ldu', 'localAuthority'] as const) {
      const inForce = indices(level).filter((i) => rows[i]!.key !== null && o.geography.regionOf.get(rows[i]!.key!) === force.key)
      if (inForce.length > 0) relations.push([start.region + r, ...inForce])
    }
  })
  // An LDU whose authorities are recorded is their sum.
  indices('ldu').forEach((l) => {
    const inLdu = indices('localAuthority').filter((i) => rows[i]!.key !== null && o.geography.lduOf.get(rows[i]!.key!) === rows[l]!.key)
    if (inLdu.length > 0) relations.push([l, ...inLdu])
  })
  const forced = new Map<number, ReadonlySet<string>>()
  if (o.withheld?.get(TOTAL_KEY)) forced.set(0, o.withheld.get(TOTAL_KEY)!)
  const shown = controlLinked(rows, o.defs, relations, { fixed: new Set([0]), withheld: forced })
  return [shown[0]!, ...indices(o.by).map((i) => shown[i]!)]
}

/** The geography once per request's memo (FigureMemo: every table and filter of a request reads the same one). */
export function memoGeography(memo: Map<string, Promise<unknown>>): Promise<Geography> {
  if (!memo.has('geography')) memo.set('geography', geography())
  return memo.get('geography') as Promise<Geography>
}

/** The raw rows of all three area levels, and the geography that nests them (area-levels.ts). */
export async function allAreaLevels(rowsBy: (by: AreaLevel) => Promise<IndicatorCounts[]>): Promise<{ levels: Record<AreaLevel, IndicatorCounts[]>; geography: Geography }> {
  const [region, ldu, localAuthority, places] = await Promise.all([rowsBy('region'), rowsBy('ldu'), rowsBy('localAuthority'), geography()])
  return { levels: { region, ldu, localAuthority }, geography: places }
}

/** A quarter's control of a breakdown by an area level together with the other two levels (controlAreaLevels). */
export const areaControl = (areas: Awaited<ReturnType<typeof allAreaLevels>>, by: AreaLevel, defs: MeasureDef[]): TotalAndRowsControl => (total, _rows, withheld) => {
  const inQuarter = (rows: IndicatorCounts[]) => rows.filter((r) => r.quarter === total.quarter)
  const levels = { region: inQuarter(areas.levels.region), ldu: inQuarter(areas.levels.ldu), localAuthority: inQuarter(areas.levels.localAuthority) }
  return controlAreaLevels({ total, levels, by, defs, withheld, geography: areas.geography })
}

/** The raw rows of a table for one agency ('' for all agencies together): all Wales, and by area of each level. */
export type AreaSlice<R> = { agency: string; all: R[]; byLevel: Record<AreaLevel, R[]> }

/**
 * The blocks of a table (the pathway or IOM table: a block is one table's figures) of all Wales and of every area of
 * each level, for all agencies together (the first slice, agency '') and for each agency (the others), with their
 * relations (ADR 0019 gaps 2 and 3): each slice's all Wales is the sum of the forces, of the LDUs and of the
 * authorities; each force the sum of its LDUs and of its authorities (`regionOf`: public geography), each LDU of its
 * recorded authorities (`lduOf`); each area's
 * block of all agencies the sum of its blocks of each agency (agencies are public too). Input: `areaOf` a row's area
 * ('' for none), `block` a block from an area's rows (area null: all Wales), `sumOf` the relations whole = parts.
 * Output: the blocks by name '<agency>|<area>' (area: 'all' or '<level>:<area id>').
 */
export function linkAreaBlocks<R, B>(slices: AreaSlice<R>[], o: { areaOf: (r: R) => string; block: (rows: R[], area: string | null) => B; sumOf: (whole: B, parts: B[]) => void; regionOf: ReadonlyMap<string, string>; lduOf?: ReadonlyMap<string, string> }): Map<string, B> {
  const blocks = new Map<string, B>()
  for (const { agency, all, byLevel } of slices) {
    const at = (area: string) => `${agency}|${area}`
    const wales = o.block(all, null)
    blocks.set(at('all'), wales)
    const areasOf = (level: AreaLevel) => [...new Set(byLevel[level].map(o.areaOf))]
    for (const level of areaLevels) for (const area of areasOf(level)) blocks.set(at(`${level}:${area}`), o.block(byLevel[level].filter((r) => o.areaOf(r) === area), area))
    const inLevel = (level: AreaLevel, region?: string) =>
      areasOf(level).filter((a) => region === undefined || (a !== '' && o.regionOf.get(a) === region)).map((a) => blocks.get(at(`${level}:${a}`))!)
    for (const level of areaLevels) partsOf(wales, inLevel(level))
    for (const force of areasOf('region').filter((a) => a !== '')) {
      for (const level of ['ldu', 'localAuthority'] as const) partsOf(blocks.get(at(`region:${force}`))!, inLevel(level, force))
    }
    // An LDU whose authorities are recorded is their sum.
    for (const ldu of areasOf('ldu').filter((a) => a !== '')) {
      partsOf(blocks.get(at(`ldu:${ldu}`))!, areasOf('localAuthority').filter((a) => a !== '' && o.lduOf?.get(a) === ldu).map((a) => blocks.get(at(`localAuthority:${a}`))!))
    }
  }
  // An agency with no one in an area has no block there: its zeros drop out of the sum.
  for (const [name, whole] of blocks) if (name.startsWith('|')) partsOf(whole, slices.slice(1).flatMap((s) => blocks.get(`${s.agency}${name}`) ?? []))
  return blocks

  function partsOf(whole: B, parts: B[]) {
    if (parts.length > 0) o.sumOf(whole, parts)
  }
}
