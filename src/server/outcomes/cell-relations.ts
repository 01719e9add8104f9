import 'server-only'
import type { Relation } from '../../lib/outcomes/linked-suppression'
import type { Geography } from './area-levels'
import { ALL, areaDims, cellName, cellParts } from './cell-names'

/**
 * The relations a reader knows between one quarter's cells (public geography and agencies): for each agency and cut,
 * all Wales is the sum of the forces, of the LDUs and of the local authorities, and each force the sum of its LDUs
 * and of its authorities, and each LDU whose authorities are recorded the sum of them (`geography`); for each area and cut, all agencies the sum of each agency; for each area and
 * agency, the cell with no cut the sum of each cut's values. Input: the cells' names in order. Output: relations.
 */
export function cellRelations(names: readonly string[], geography: Pick<Geography, 'regionOf' | 'lduOf'>): Relation[] {
  const index = new Map(names.map((n, i) => [n, i]))
  const parsed = names.map(cellParts)
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
