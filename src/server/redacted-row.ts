/** A value a redacted row may carry: a plain fact (a date, a status, a count), never an object that could hold an id. */
type Plain = string | number | boolean | Date | null

/** The keys of `T` whose values are plain facts. */
type PlainKeys<T> = { [K in keyof T]: T[K] extends Plain ? K : never }[keyof T]

/** A row about someone the reader may not see: `restricted: true` and the allowed facts, nothing else. */
export type RedactedRow<T, K extends keyof T> = { restricted: true } & Pick<T, K>

/**
 * Builds a redacted row (a Limited Access person the reader may not see) from an allow-list (issue 17 item 3, ADR
 * 0023): it copies only the named keys, each a plain fact (a date, a status, a count: objects cannot be named, so a
 * nested person or circle cannot ride along), and adds `restricted: true`. A field added to the query later stays out
 * unless someone names it here, where a deny-list that spread the row and blanked the known fields let it through.
 * Input: the row as loaded, and the keys that may show (position, reason, status, dates). Output: a new object with
 * exactly `restricted` and those keys.
 */
export function redactedRow<T extends object, K extends PlainKeys<T>>(row: T, allowed: readonly K[]): RedactedRow<T, K> {
  const out = { restricted: true } as RedactedRow<T, K>
  for (const key of allowed) out[key] = row[key] as RedactedRow<T, K>[K]
  return out
}
