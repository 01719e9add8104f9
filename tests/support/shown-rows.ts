/**
 * The rows of a list the reader may see in full (not redacted rows about a Limited Access person, ADR 0023), typed
 * as such, for tests that look rows up by an id a redacted row does not carry. Input: a list's rows. Output: those
 * with `restricted: false`.
 */
export const shown = <R extends { restricted: boolean }>(rows: readonly R[]): Extract<R, { restricted: false }>[] =>
  rows.filter((r): r is Extract<R, { restricted: false }> => !r.restricted)
