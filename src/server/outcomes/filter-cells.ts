import 'server-only'
import type { Shown } from '../../lib/outcomes/disclosure'
import { TOTAL_KEY, type WithheldCells } from './indicator-table'
import type { Breakdown, TOutcomeFilter } from './outcome-filter'
import { filterKey } from './outcome-filter'
import { priorityGroups } from './priority-groups'

/**
 * The views one request has computed, by indicator and filter: the filter rule asks for the same parent breakdowns
 * again and again (every view of a request checks against the same breakdown by agency), so each is computed once.
 */
export type FigureMemo = Map<string, Promise<unknown>>

/** `compute` once per indicator and filter within one request's memo. */
export function memoised<T>(memo: FigureMemo, name: string, f: TOutcomeFilter, compute: () => Promise<T>): Promise<T> {
  const key = `${name} ${filterKey(f)}`
  if (!memo.has(key)) memo.set(key, compute())
  return memo.get(key) as Promise<T>
}

/** Each choice of the filter that picks one cell of a breakdown, with that breakdown. */
const filterChoices = [['region', 'region'], ['lduId', 'ldu'], ['localAuthorityId', 'localAuthority'], ['agencyId', 'agency'], ['group', 'priorityGroup']] as const satisfies readonly (readonly [keyof TOutcomeFilter, Breakdown])[]

/** The part of a view's figures this rule reads: per quarter, the breakdown rows with their measures. */
type Rows = { quarter: string; rows: { key: string | null; measures: object }[] }[]

/**
 * The measures of a filtered view's total that must be withheld because the same figure is withheld elsewhere (issue
 * 14 break test: the filtered total for Gwent was the cell the breakdown by force withheld, so Dyfed-Powys followed;
 * ADR 0019). A view filtered to one value of a dimension (a force, LDU, local authority, agency or priority group)
 * has as its total the cell of that value in the breakdown over the dimension under the other choices: for each such
 * choice, `figuresOf` that breakdown is computed (by the same rule, so two choices are checked against both parent
 * views) and any measure withheld in the cell is withheld in the total. Likewise each row of a breakdown by priority
 * group (rows that overlap, so no secondary suppression among them) is the cell of the breakdown over each filter
 * choice under that group, and is withheld where that cell is. Input: a parsed filter and how to compute an
 * indicator's quarters for a filter. Output: per quarter, per row key (TOTAL_KEY for the total), the measure ids
 * withheld (absent: none).
 */
export async function withheldByFilter(f: TOutcomeFilter, figuresOf: (f: TOutcomeFilter) => Promise<Rows>): Promise<WithheldCells> {
  const [total, rows] = await Promise.all([withheldCell(f, figuresOf), withheldGroupRows(f, figuresOf)])
  return new Map([...new Set([...total.keys(), ...rows.keys()])].map((q) => [q, new Map([...(rows.get(q) ?? []), [TOTAL_KEY, total.get(q) ?? new Set<string>()]])]))
}

/** withheldByFilter for the view's total: per quarter, the measures withheld in the cells its filter picks. */
async function withheldCell(f: TOutcomeFilter, figuresOf: (f: TOutcomeFilter) => Promise<Rows>, except?: keyof TOutcomeFilter): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>()
  const chosen = filterChoices.filter(([field]) => f[field] !== undefined && field !== except)
  const parents = await Promise.all(chosen.map(([field, by]) => figuresOf({ ...f, [field]: undefined, by })))
  parents.forEach((quarters, i) => {
    const value = String(f[chosen[i]![0]])
    for (const q of quarters) {
      const cell = q.rows.find((r) => r.key === value)
      for (const [id, shown] of Object.entries(cell?.measures ?? {}) as [string, Shown][]) {
        if (shown.value === null && shown.suppressed) out.set(q.quarter, (out.get(q.quarter) ?? new Set()).add(id))
      }
    }
  })
  return out
}

/**
 * withheldByFilter for the rows of a breakdown by priority group under a filter: row g is the cell of the breakdown
 * over each other filter choice in the view filtered to g. Per quarter, per group, the measures withheld there.
 */
async function withheldGroupRows(f: TOutcomeFilter, figuresOf: (f: TOutcomeFilter) => Promise<Rows>): Promise<Map<string, Map<string, Set<string>>>> {
  const out = new Map<string, Map<string, Set<string>>>()
  if (f.by !== 'priorityGroup' || f.group) return out
  // Not the breakdown over the group itself: that is this very view.
  const cells = await Promise.all(priorityGroups.map((group) => withheldCell({ ...f, group, by: 'none' }, figuresOf, 'group')))
  cells.forEach((byQuarter, i) => {
    for (const [quarter, ids] of byQuarter) out.set(quarter, (out.get(quarter) ?? new Map<string, Set<string>>()).set(priorityGroups[i]!, ids))
  })
  return out
}
