import { expect } from 'vitest'
import { pinnedByBounds } from '../../../src/lib/outcomes/bounds'
import type { Shown } from '../../../src/lib/outcomes/disclosure'
import { determined, type Relation } from '../../../src/lib/outcomes/linked-suppression'

// What the disclosure property test (disclosure-views.int.test.ts) knows as a reader: every figure seen across the
// views under one name, the relations between them, and what they give away (issue 14, ADR 0019).

/** A figure's constraints by dimension (region, ldu, localAuthority, agency, priorityGroup, alsoGroup, sex, …). */
export type Cell = Record<string, string>

// The cell a figure counts: its constraints, the region dropped where an LDU or local authority implies it (in this
// fixture every person's LDU and authority are in one region), so the same people have one name in every view.
// Women are the people whose sex is female (priority-groups.ts): the group WOMEN, as a filter or as a row of a
// breakdown by group (alsoGroup: a row under a group filter, an intersection of two groups), is the cut sex=FEMALE.
// Two groups in one order: "young adults, by group: IOM" and "IOM, by group: young adults" are one figure.
// Young adults are aged 18 to 25, so their age bands 18-20 and 21-24 are everyone's (the same people).
function cellName(cell: Cell): string {
  const c: Cell = Object.fromEntries(Object.entries(cell).filter(([k]) => k !== 'priorityGroup' && k !== 'alsoGroup'))
  const youngBand = c.ageBand === '18-20' || c.ageBand === '21-24'
  const groups = [...new Set([cell.priorityGroup, cell.alsoGroup].filter((g) => g !== undefined))].sort()
  groups.filter((g) => g !== 'WOMEN' && !(g === 'YOUNG_ADULTS' && youngBand)).forEach((g, i) => (c[i === 0 ? 'priorityGroup' : 'alsoGroup'] = g))
  if (groups.includes('WOMEN')) c.sex = 'FEMALE'
  const parts = Object.entries(c).filter(([k]) => !(k === 'region' && (c.ldu || c.localAuthority)))
  return parts.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join('|')
}

// The figures seen across views, each under one name, and the relations a reader knows between them.
export type Seen = { figures: Map<string, { shown: Shown; value: number | null; cell: Cell }>; relations: string[][] }
export const seen = (): Seen => ({ figures: new Map(), relations: [] })

export function see(v: Seen, name: string, cell: Cell, s: Shown) {
  const was = v.figures.get(name)
  // A figure shown in one view and withheld in another is known: it is shown somewhere.
  if (!was || (was.value === null && s.value !== null)) v.figures.set(name, { shown: s, value: s.value, cell })
  if (was && was.value !== null && s.value !== null) expect(s.value, name).toBe(was.value)
}

export const nameOf = (measure: string, c: Cell) => `${measure}:${cellName(c)}`

/** The seen figures' names that the shown ones give away: determined by the equations or pinned by bounds. */
export function recovered(v: Seen): string[] {
  const names = [...v.figures.keys()]
  const index = new Map(names.map((n, i) => [n, i]))
  // Every view is seen, so a cell no view shows as a row is a known 0: it drops out of its relation.
  const linked: Relation[] = v.relations.map((r) => r.filter((c) => index.has(c)).map((c) => index.get(c)!))
  expect(names.filter((n) => v.figures.get(n)!.value === null).length).toBeGreaterThan(0)
  // As strong as the break testers' solver (27 D1, 28 D4): every relation an equation, every shown figure substituted,
  // a withheld figure recovered when the whole system fixes its value, however many relations that takes.
  const shown = names.map((n) => v.figures.get(n)!.shown)
  // …and counting: counts are never negative, so a whole and its parts bound each other; a withheld figure they pin
  // to one value is recovered too (break 34 D1, ADR 0019 amendment "bounds").
  return [...new Set([...determined(shown, linked), ...pinnedByBounds(shown, linked)])].sort((a, b) => a - b).map((i) => names[i]!)
}
