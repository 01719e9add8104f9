import 'server-only'
import { AsyncLocalStorage } from 'node:async_hooks'
import { Prisma } from '../../generated/prisma/client'
import type { Shown } from '../../lib/outcomes/disclosure'
import type { Relation } from '../../lib/outcomes/linked-suppression'
import { prisma } from '../db'
import { readOutcomeRows } from './outcome-query'
import { memoGeography, type Geography } from './area-levels'
import { memoised, type FigureMemo } from './filter-cells'
import { measuresOf, type IndicatorDef } from './indicator-events'
import { sourceOf } from './fact-source'
import { controlLinked, type MeasureDef } from './indicator-table'
import type { Breakdown, TOutcomeFilter } from './outcome-filter'
import { asCounts, type IndicatorCounts } from './person-joins'
import { priorityGroups, type PriorityGroup } from './priority-groups'
import { groupName, groupRowCell, sameAsEveryones } from './group-cells'

// Every figure an indicator's views can show, under one window and priority group, is a cell: an area (all Wales, a
// force, an LDU or a local authority), an agency (all, or one) and a cut (none, or one value of sex, age band or
// ethnicity). Each view reads its total and rows from these cells, so a figure has one status in every view, and the
// cells are controlled together over every relation a reader knows between them (ADR 0019, gap 2 for the indicators).

const areaDims = ['region', 'ldu', 'localAuthority'] as const
const cutDims = ['sex', 'ageBand', 'ethnicity'] as const
type CutDim = (typeof cutDims)[number]
const ALL = '*'
// A breakdown row with nothing recorded (its key null), in a cell's name.
const NOT_RECORDED = '\u0002'

/** A cell's name: area ('*' or '<level>:<id>'), agency ('*' or id), cut ('*' or '<dimension>:<value>'). */
export const cellName = (area: string, agency: string, cut: string) => `${area}\u0001${agency}\u0001${cut}`
const valueName = (key: string | null) => key ?? NOT_RECORDED
const keyOf = (value: string) => (value === NOT_RECORDED ? null : value)

/** One quarter's cells: each cell's raw counts and controlled measures, by cellName. */
export type QuarterCells = Map<string, { counts: IndicatorCounts; shown: Record<string, Shown> }>

/**
 * The raw counts of every cell of an indicator under a window and group (`f`'s area, agency and breakdown are not
 * used), from its events or, inside withFactSource, its facts (fact-source.ts), in one query (GROUPING SETS: each area level or none × agency or none × each cut or none).
 * Per block: the people of `f.group` (or everyone), and with a block's group those also in it (one pass over the
 * events for several blocks: everyone's, WOMEN's and young adults'; or an intersection of two groups). `uncut`: no
 * cut (no view shows an intersection cut by sex, age band or ethnicity: groupRowCell). Output: per block, rows
 * whose key is a cellName.
 */
async function queryCells(def: IndicatorDef, f: TOutcomeFilter, blocks: readonly (PriorityGroup | undefined)[], o: { uncut?: boolean } = {}): Promise<IndicatorCounts[][]> {
  const wide: TOutcomeFilter = { ...f, region: undefined, lduId: undefined, localAuthorityId: undefined, agencyId: undefined, by: 'none' }
  const column = (id: string) => Prisma.raw(`"${id.replace(/"/g, '')}"`)
  const source = sourceOf(def)
  const measures = measuresOf(def, source)
  const cuts = o.uncut ? [] : cutDims
  const dims = [...areaDims, 'agency', ...cuts] as const
  const keys = Prisma.join(dims.map((d) => Prisma.sql`${source.key(d as Breakdown).key} AS ${column(d)}`), ', ')
  const k = (d: string) => Prisma.raw(`fine."${d}"`)
  const sets: Prisma.Sql[] = []
  for (const area of [null, ...areaDims]) for (const agency of [null, 'agency']) for (const cut of [null, ...cuts]) {
    sets.push(Prisma.sql`(${Prisma.join([k('block'), k('quarter'), ...[area, agency, cut].flatMap((d) => (d ? [k(d)] : []))], ', ')})`)
  }
  // Two steps: the events counted once per finest cell (one pass over them), then every cell from those sums (every
  // measure is a count or a sum, so it adds up).
  const ids = [...Object.keys(def.counts), ...Object.keys(def.sums ?? {})]
  const rows = await readOutcomeRows<Record<string, unknown>>(Prisma.sql`
    ${source.events(wide)},
    fine AS (
      SELECT b.block, k.*, ${measures}
      FROM ${source.from}
      CROSS JOIN LATERAL (SELECT to_char(m.day, 'YYYY-"Q"Q') AS quarter, ${keys}) k
      CROSS JOIN LATERAL (VALUES ${Prisma.join(blocks.map((g, i) => Prisma.sql`(${i}::int, ${g ? source.inGroup(g) : Prisma.sql`TRUE`})`), ', ')}) AS b(block, member)
      WHERE ${source.conditions(wide)} AND b.member
      GROUP BY b.block, ${Prisma.join(['quarter', ...dims].map((d) => Prisma.raw(`k."${d}"`)), ', ')}
    )
    SELECT fine.block, fine.quarter, ${Prisma.join(dims.map((d) => Prisma.sql`${k(d)}, GROUPING(${k(d)}) AS ${column(`g_${d}`)}`), ', ')},
      ${Prisma.join(ids.map((id) => Prisma.sql`sum(${k(id)})::int AS ${column(id)}`), ', ')}
    FROM fine
    GROUP BY GROUPING SETS (${Prisma.join(sets, ', ')})`)
  const counted = new Set([...Object.keys(def.counts), ...Object.keys(def.sums ?? {})])
  const out: IndicatorCounts[][] = blocks.map(() => [])
  for (const r of rows) {
    const grouped = (d: string) => Number(r[`g_${d}`]) === 0
    const value = (d: string) => valueName(r[d] === null ? null : String(r[d]))
    const area = areaDims.find(grouped)
    const cut = cutDims.find(grouped)
    const key = cellName(area ? `${area}:${value(area)}` : ALL, grouped('agency') ? value('agency') : ALL, cut ? `${cut}:${value(cut)}` : ALL)
    const [row] = asCounts([{ quarter: r.quarter, key, ...Object.fromEntries(Object.entries(r).filter(([id]) => counted.has(id))) }])
    out[Number(r.block)]!.push(row!)
  }
  return out
}

/**
 * The relations a reader knows between one quarter's cells (public geography and agencies): for each agency and cut,
 * all Wales is the sum of the forces, of the LDUs and of the local authorities, and each force the sum of its LDUs
 * and of its authorities, and each LDU whose authorities are recorded the sum of them (`geography`); for each area and cut, all agencies the sum of each agency; for each area and
 * agency, the cell with no cut the sum of each cut's values. Input: the cells' names in order. Output: relations.
 */
export function cellRelations(names: readonly string[], geography: Pick<Geography, 'regionOf' | 'lduOf'>): Relation[] {
  const index = new Map(names.map((n, i) => [n, i]))
  const parsed = names.map((n) => n.split('\u0001') as [string, string, string])
  const relations: Relation[] = []
  const group = (by: (p: [string, string, string]) => string | null) => {
    const out = new Map<string, number[]>()
    parsed.forEach((p, i) => {
      const g = by(p)
      if (g !== null) out.set(g, [...(out.get(g) ?? []), i])
    })
    return out.values()
  }
  const push = (whole: string, parts: number[]) => {
    const w = index.get(whole)
    if (w !== undefined && parts.length > 0) relations.push([w, ...parts])
  }
  // Areas, per agency and cut.
  for (const level of areaDims) {
    for (const parts of group(([area, agency, cut]) => (area.startsWith(`${level}:`) ? `${agency}\u0001${cut}` : null))) {
      const [, agency, cut] = parsed[parts[0]!]!
      push(cellName(ALL, agency, cut), parts)
      // Each area in the area that holds it: a force (LDUs, authorities), an LDU (its recorded authorities).
      const holders: [string, ReadonlyMap<string, string>][] = level === 'region' ? [] : level === 'ldu' ? [['region', geography.regionOf]] : [['region', geography.regionOf], ['ldu', geography.lduOf]]
      for (const [holder, of] of holders) {
        const byHolder = new Map<string, number[]>()
        for (const i of parts) {
          const h = of.get(parsed[i]![0].slice(level.length + 1))
          if (h) byHolder.set(h, [...(byHolder.get(h) ?? []), i])
        }
        for (const [h, inside] of byHolder) push(cellName(`${holder}:${h}`, agency, cut), inside)
      }
    }
  }
  // Agencies, per area and cut.
  for (const parts of group(([area, agency, cut]) => (agency !== ALL ? `${area}\u0001${cut}` : null))) {
    const [area, , cut] = parsed[parts[0]!]!
    push(cellName(area, ALL, cut), parts)
  }
  // Cuts, per area, agency and dimension.
  for (const parts of group(([area, agency, cut]) => (cut !== ALL ? `${area}\u0001${agency}\u0001${cut.slice(0, cut.indexOf(':'))}` : null))) {
    const [area, agency] = parsed[parts[0]!]!
    push(cellName(area, agency, ALL), parts)
  }
  return relations
}

const jointGroups = Object.keys(sameAsEveryones) as PriorityGroup[]

const byName = (a: IndicatorCounts, b: IndicatorCounts) => (a.key! < b.key! ? -1 : a.key! > b.key! ? 1 : 0)

/**
 * Each quarter's cells of one or more blocks (everyone's, a group's, a pair's) controlled as one (controlLinked):
 * cellRelations within each block, and with `joint` every cell of a block after the first that is the same people
 * as a cut of the first (everyone's) equal to it, so the two have one status. Input: each block's raw counts.
 * Output: per block, per quarter, QuarterCells.
 */
function controlBlocks(blocks: IndicatorCounts[][], defs: MeasureDef[], places: Geography, joint: (((cut: string) => string | null) | null)[] = []): Map<string, QuarterCells>[] {
  const out = blocks.map(() => new Map<string, QuarterCells>())
  for (const quarter of [...new Set(blocks.flatMap((b) => b.map((r) => r.quarter)))]) {
    // In one order whatever order the database grouped them in: which figure secondary suppression withholds
    // depends on the order it meets them, and the facts and the events must withhold the same (ADR 0026).
    const inQuarter = blocks.map((b) => b.filter((r) => r.quarter === quarter).sort(byName))
    const relations: Relation[] = []
    const at: Map<string, number>[] = []
    let offset = 0
    for (const cells of inQuarter) {
      relations.push(...cellRelations(cells.map((r) => r.key!), places).map((r) => r.map((i) => i + offset)))
      at.push(new Map(cells.map((r, i) => [r.key!, i + offset])))
      offset += cells.length
    }
    joint.forEach((sameAs, k) => {
      if (!sameAs) return
      for (const [key, i] of at[k]!) {
        const [area, agency, cut] = key.split('\u0001') as [string, string, string]
        const everyones = sameAs(cut)
        const j = everyones === null ? undefined : at[0]!.get(cellName(area, agency, everyones))
        if (j !== undefined) relations.push([j, i])
      }
    })
    const shown = controlLinked(inQuarter.flat(), defs, relations)
    inQuarter.forEach((cells, k) => out[k]!.set(quarter, new Map(cells.map((r) => [r.key!, { counts: r, shown: shown[at[k]!.get(r.key!)!]! }]))))
  }
  return out
}

/**
 * Every cell of an indicator under a window and priority group (`f`'s other choices are not used), or with `also`
 * under the intersection of `f.group` and `also` (pairOf's order), each quarter's cells controlled together as one
 * (controlLinked over cellRelations: counts 1 to 4 withheld, shares, parts, bases, and no relation with exactly one
 * withheld figure). Everyone's, WOMEN's and young adults' cells are controlled together, as some of them are the
 * same figure (sameAsEveryones). Memoised per request for the window and group(s). Output: per quarter, QuarterCells.
 */
export async function linkedCells(name: string, def: IndicatorDef, defs: MeasureDef[], f: TOutcomeFilter, memo: FigureMemo, also?: PriorityGroup): Promise<Map<string, QuarterCells>> {
  const wide: TOutcomeFilter = { ...f, region: undefined, lduId: undefined, localAuthorityId: undefined, agencyId: undefined, by: 'none' }
  // One geography per request (every indicator's cells read it).
  const places = memoGeography(memo)
  if (!also && (!f.group || jointGroups.includes(f.group))) {
    const whose = [undefined, ...jointGroups]
    const joint = await memoised(memo, `cells ${name} joint`, { ...wide, group: undefined }, async () => {
      // One pass over the events for the three blocks (each row counted in every block its person is in).
      const [blocks, geography] = await Promise.all([queryCells(def, { ...wide, group: undefined }, whose), places])
      return controlBlocks(blocks, defs, geography, whose.map((g) => (g ? sameAsEveryones[g]! : null)))
    })
    return joint[whose.indexOf(f.group)]!
  }
  const [cells] = await memoised(memo, `cells ${name} ${also ?? ''}`, wide, async () => controlBlocks(await queryCells(def, wide, [also], { uncut: also !== undefined }), defs, await places))
  return cells!
}

// Set for the length of one computation that reads the cells the refresh stored (withStoredCells).
const reading = new AsyncLocalStorage<true>()

/**
 * Runs `compute` with every view of a linked indicator reading its cells from table OutcomeCell, as the refresh
 * stored and controlled them (storeOutcomeCells, ADR 0026 amendment), instead of querying and controlling them.
 */
export const withStoredCells = <T>(compute: () => Promise<T>): Promise<T> => reading.run(true, compute)

/**
 * The stored cells one view of an indicator reads (issue 14 "any breakdown in about a second"): of the window's
 * quarters and `f`'s group, those of the view's area and agency (its total and its cuts), of its agency with no cut
 * (its rows by area) and of its area with no cut (its rows by agency). One indexed read, memoised per request.
 * Output: per quarter, QuarterCells (the same cells and statuses linkedCells gives, by construction).
 */
function storedCells(name: string, f: TOutcomeFilter, area: string, agency: string, memo: FigureMemo, also?: PriorityGroup): Promise<Map<string, QuarterCells>> {
  const wide: TOutcomeFilter = { ...f, region: undefined, lduId: undefined, localAuthorityId: undefined, agencyId: undefined, by: 'none' }
  return memoised(memo, `stored ${name} ${area} ${agency} ${also ?? ''}`, wide, async () => {
    const rows = await prisma.outcomeCell.findMany({
      where: { indicator: name, group: groupName(f.group, also), quarter: { gte: f.from, lte: f.to }, OR: [{ area, agency }, { agency, cut: ALL }, { area, cut: ALL }] },
      select: { quarter: true, area: true, agency: true, cut: true, counts: true, shown: true },
    })
    const out = new Map<string, QuarterCells>()
    for (const r of rows) {
      const key = cellName(r.area, r.agency, r.cut)
      const q = out.get(r.quarter) ?? out.set(r.quarter, new Map()).get(r.quarter)!
      q.set(key, { counts: { quarter: r.quarter, key, values: r.counts as Record<string, number> }, shown: r.shown as Record<string, Shown> })
    }
    return out
  })
}

/** A cell with no one in it: zeros, shown (its parts are zeros too, so nothing can be had from it). */
function emptyCell(quarter: string, key: string | null, def: IndicatorDef, defs: MeasureDef[]) {
  const counts: IndicatorCounts = { quarter, key, values: Object.fromEntries([...Object.keys(def.counts), ...Object.keys(def.sums ?? {})].map((id) => [id, 0])) }
  return { counts, shown: controlLinked([counts], defs, [])[0]! }
}

/** One view's quarter read from the cells: its total and its breakdown rows, each with raw counts and statuses. */
export type ViewQuarter = { quarter: string; total: { counts: IndicatorCounts; shown: Record<string, Shown> }; rows: { key: string | null; counts: IndicatorCounts; shown: Record<string, Shown> }[] }

const byKey = (a: { key: string | null }, b: { key: string | null }) => (a.key === b.key ? 0 : a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : 1)

/**
 * A view of an indicator (a parsed filter: quarters, one area, an agency, a priority group, a breakdown) as linked
 * cells (issue 14 "Disclosure control", ADR 0019): the total is the cell of the filter's area, agency and group; the
 * rows of a breakdown by area level, agency, sex, age band or ethnicity are cells of the same window and group; the
 * rows of a breakdown by priority group are cells too (groupRowCell): each group's own total, or under a group
 * filter the intersection's (a pair's cells, or a group's cut sex = FEMALE), so "filter A, by B" and "filter B, by
 * A" show one figure with one status, controlled with every relation between areas and agencies a reader knows.
 * Output: per quarter from..to, oldest first.
 */
export async function linkedView(name: string, def: IndicatorDef, defs: MeasureDef[], f: TOutcomeFilter, quarters: readonly string[], memo: FigureMemo): Promise<ViewQuarter[]> {
  const area = f.region ? `region:${f.region}` : f.lduId ? `ldu:${f.lduId}` : f.localAuthorityId ? `localAuthority:${f.localAuthorityId}` : ALL
  const agency = f.agencyId ?? ALL
  const cellsOf = (g: TOutcomeFilter, also?: PriorityGroup) => (reading.getStore() ? storedCells(name, g, area, agency, memo, also) : linkedCells(name, def, defs, g, memo, also))
  const cells = await cellsOf(f)
  const groupRows =
    f.by === 'priorityGroup'
      ? await Promise.all(
          priorityGroups.map(async (h) => {
            const at = groupRowCell(f.group, h)
            return { h, cut: at.cut, cells: await cellsOf({ ...f, group: at.group }, at.also) }
          }),
        )
      : null
  return quarters.map((quarter) => {
    const q = cells.get(quarter) ?? new Map()
    const cell = (n: string, key: string | null) => {
      const c = q.get(n)
      return c ? { key, counts: { ...c.counts, key }, shown: c.shown } : null
    }
    const total = cell(cellName(area, agency, ALL), 'all') ?? { key: 'all', ...emptyCell(quarter, 'all', def, defs) }
    let rows: ViewQuarter['rows'] = []
    const matching = (test: (a: string, ag: string, cut: string) => string | null | undefined) => {
      const found: ViewQuarter['rows'] = []
      for (const n of q.keys()) {
        const [a, ag, cut] = n.split('\u0001') as [string, string, string]
        const key = test(a, ag, cut)
        if (key !== undefined) found.push(cell(n, key)!)
      }
      return found
    }
    if (f.by === 'region' || f.by === 'ldu' || f.by === 'localAuthority') {
      const level = f.by
      rows = matching((a, ag, cut) => (ag === agency && cut === ALL && a.startsWith(`${level}:`) ? keyOf(a.slice(level.length + 1)) : undefined))
    } else if (f.by === 'agency') {
      rows = matching((a, ag, cut) => (a === area && cut === ALL && ag !== ALL ? keyOf(ag) : undefined))
    } else if ((cutDims as readonly string[]).includes(f.by)) {
      const dim = f.by as CutDim
      rows = matching((a, ag, cut) => (a === area && ag === agency && cut.startsWith(`${dim}:`) ? keyOf(cut.slice(dim.length + 1)) : undefined))
    } else if (groupRows) {
      rows = groupRows.flatMap(({ h, cut, cells: of }) => {
        const c = of.get(quarter)?.get(cellName(area, agency, cut))
        return c ? [{ key: h, counts: { ...c.counts, key: h }, shown: c.shown }] : []
      })
    }
    return { quarter, total, rows: rows.sort(byKey) }
  })
}
