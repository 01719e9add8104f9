import 'server-only'
import type { Relation } from '../../lib/outcomes/linked-suppression'
import { memoGeography, type Geography } from './area-levels'
import { cellName, cellParts, type QuarterCells } from './cell-names'
import { queryCells } from './cell-query'
import { cellRelations } from './cell-relations'
import { memoised, type FigureMemo } from './filter-cells'
import type { IndicatorDef } from './indicator-events'
import { controlLinked, type MeasureDef } from './indicator-table'
import type { TOutcomeFilter } from './outcome-filter'
import type { IndicatorCounts } from './person-joins'
import type { PriorityGroup } from './priority-groups'
import { sameAsEveryones } from './group-cells'

// The disclosure control run over an indicator's cells (cell-names.ts): each quarter's cells, of every block that
// shares figures, controlled as one over the relations between them (ADR 0019, gap 2 for the indicators).

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
        const [area, agency, cut] = cellParts(key)
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
