import { describe, expect, it } from 'vitest'
import { offenderRecordSelect } from './offender-record.select'

/** Every `orderBy` in a select, with its path, found by walking the nested select. */
function orderings(select: unknown, path = ''): Array<{ path: string; keys: string[] }> {
  if (!select || typeof select !== 'object') return []
  const found: Array<{ path: string; keys: string[] }> = []
  for (const [key, value] of Object.entries(select)) {
    if (key === 'orderBy') {
      const list = Array.isArray(value) ? value : [value]
      found.push({ path, keys: list.flatMap((entry) => Object.keys(entry as object)) })
    } else found.push(...orderings(value, path ? `${path}.${key}` : key))
  }
  return found
}

describe('the record page select', () => {
  // CI on 2 Dec 2026: two unpaid-work sessions on one day, created together, came back in either order, so the
  // joined read and the per-relation read disagreed and the page could reorder between renders. A list's order
  // ends on the row's id, so ties never depend on the plan.
  it.each([false, true])('orders every nested list to the row (sensitive %s)', (includeSensitive) => {
    const lists = orderings(offenderRecordSelect(includeSensitive))
    expect(lists.length).toBeGreaterThan(5)
    for (const list of lists) expect({ path: list.path, last: list.keys.at(-1) }).toEqual({ path: list.path, last: 'id' })
  })
})
