import 'server-only'
import { bandsWithin } from '../../lib/outcomes/age-bands'
import { COHORT_YOUNG_ADULT_AGES } from '../../lib/young-adult'
import { priorityGroups, type PriorityGroup } from './priority-groups'

// Which cells of the priority groups hold the same people as other cells (issue 14 "Disclosure control", ADR 0019
// amendment "a group's intersections"), so that one figure has one status wherever it is shown.

const ALL = '*'

// Women are the people whose sex is recorded female (priority-groups.ts), so WOMEN ∩ g is g's cut sex = FEMALE.
const FEMALE = 'sex:FEMALE'

// Young adults' age bands lying wholly inside their ages at the start: everyone's cells of those bands.
const youngAdultBands = new Set(bandsWithin(COHORT_YOUNG_ADULT_AGES).map((b) => `ageBand:${b}`))

/**
 * The groups some of whose cells hold the same people as a cut of everyone's, so are the same figure (ADR 0019
 * amendment "a group's intersections"): WOMEN's uncut cell is everyone's sex = FEMALE; young adults' age bands
 * lying wholly inside their ages at the start (COHORT_YOUNG_ADULT_AGES: 18-20 and 21-24 of AGE_BANDS) are
 * everyone's. Per group: a cut of the group's cells to everyone's cut of the same people, or null.
 */
export const sameAsEveryones: Partial<Record<PriorityGroup, (cut: string) => string | null>> = {
  WOMEN: (cut) => (cut === ALL ? FEMALE : null),
  YOUNG_ADULTS: (cut) => (youngAdultBands.has(cut) ? cut : null),
}

/** The group's name in OutcomeCell: the priority group, or '*' for none; an intersection of two as 'G&H' (pairOf's order). */
export const groupName = (group: string | undefined, also?: string) => (also ? `${group}&${also}` : (group ?? ALL))

/**
 * Two priority groups in one order (priorityGroups'), so "g and h" and "h and g" are one figure with one status.
 * Input: two different groups. Output: the pair, first in priorityGroups first.
 */
export const pairOf = (g: PriorityGroup, h: PriorityGroup): [PriorityGroup, PriorityGroup] => (priorityGroups.indexOf(g) < priorityGroups.indexOf(h) ? [g, h] : [h, g])

/**
 * The intersections of two groups that a breakdown by group under a group filter shows as cells of their own (ADR
 * 0019, amendment "a group's intersections"): every pair but those with WOMEN, which are a group's cut sex = FEMALE.
 */
export const groupPairs = (): [PriorityGroup, PriorityGroup][] =>
  priorityGroups.flatMap((g, i) => priorityGroups.slice(i + 1).flatMap((h) => (g === 'WOMEN' || h === 'WOMEN' ? [] : [[g, h] as [PriorityGroup, PriorityGroup]])))

/**
 * Where the row of group `h` in a breakdown by priority group is held, under the filter's `group` (issue 14
 * "Disclosure control", ADR 0019 amendment "a group's intersections"): with no group filter, h's own total; h's
 * own row under h, the view's total; WOMEN ∩ g, g's cut sex = FEMALE (the same people, so one figure with one
 * status, whichever of the two is the filter); any other g ∩ h, the cells of that pair. Output: whose cells
 * (`group`, and `also` for a pair) and which cut of the view's area and agency.
 */
export function groupRowCell(group: PriorityGroup | undefined, h: PriorityGroup): { group: PriorityGroup; also?: PriorityGroup; cut: string } {
  if (!group || h === group) return { group: h, cut: ALL }
  if (h === 'WOMEN') return { group, cut: FEMALE }
  if (group === 'WOMEN') return { group: h, cut: FEMALE }
  const [first, second] = pairOf(group, h)
  return { group: first, also: second, cut: ALL }
}
