/**
 * Which agenda item the chair's screen shows (`?item=`, `?ref=` or an old `?at=` link). `item` is the id of an item
 * the reader may open; `ref` the sealed reference of a redacted one (deferRef: it names neither item nor person, ADR
 * 0023), so a link to it still means that item after others are deferred or moved (walk 35 D3: a place, `?at=3`,
 * silently became the next item); `at` a place on the agenda, 1-based, as links gave before references.
 */
export type AgendaChoice = { item?: string; ref?: string; at?: string }

/**
 * The item to show among the listed ones, in agenda order: the one asked for, else the first. Input: the items (their
 * `id`, null when redacted, and `ref`, null when openable) and the choice. Output: `index` (0-based; 0 when nothing is
 * listed) and `gone`, true when an item was asked for that is no longer listed or openable (deferred, withdrawn, now
 * restricted: walk 34 O6), so the page says so rather than silently showing another.
 */
export function chosenItem(items: readonly { id: string | null; ref: string | null }[], choice: AgendaChoice): { index: number; gone: boolean } {
  const { item, ref, at } = choice
  const found = item !== undefined ? items.findIndex((i) => i.id !== null && i.id === item) : ref !== undefined ? items.findIndex((i) => i.ref !== null && i.ref === ref) : -1
  if (found >= 0) return { index: found, gone: false }
  if (item !== undefined || ref !== undefined) return { index: 0, gone: items.length > 0 }
  const place = Number(at)
  const inRange = Number.isInteger(place) && place >= 1 && place <= items.length
  return { index: inRange ? place - 1 : 0, gone: at !== undefined && !inRange && items.length > 0 }
}
