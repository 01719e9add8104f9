import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import { ALL, areaDims, cellName, cutDims, valueName } from './cell-names'
import { sourceOf } from './fact-source'
import { measuresOf, type IndicatorDef } from './indicator-events'
import { readOutcomeRows } from './outcome-query'
import type { Breakdown, TOutcomeFilter } from './outcome-filter'
import { asCounts, type IndicatorCounts } from './person-joins'
import type { PriorityGroup } from './priority-groups'

/**
 * The raw counts of every cell of an indicator under a window and group (`f`'s area, agency and breakdown are not
 * used), from its events or, inside withFactSource, its facts (fact-source.ts), in one query (GROUPING SETS: each area level or none × agency or none × each cut or none).
 * Per block: the people of `f.group` (or everyone), and with a block's group those also in it (one pass over the
 * events for several blocks: everyone's, WOMEN's and young adults'; or an intersection of two groups). `uncut`: no
 * cut (no view shows an intersection cut by sex, age band or ethnicity: groupRowCell). Output: per block, rows
 * whose key is a cellName.
 */
export async function queryCells(def: IndicatorDef, f: TOutcomeFilter, blocks: readonly (PriorityGroup | undefined)[], o: { uncut?: boolean } = {}): Promise<IndicatorCounts[][]> {
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
