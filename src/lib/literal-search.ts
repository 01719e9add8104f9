/**
 * Every search box in Llwybr matches what the user typed literally (issue 15 item 5): in SQL LIKE / ILIKE (and
 * Prisma's `contains`, `startsWith`, `endsWith`, which compile to LIKE on PostgreSQL) `%` means "anything",
 * `_` means "any one character" and `\` is the escape character, so "__" matched everyone. This is the one
 * helper that neutralises them; use it for every user-typed string that reaches a LIKE pattern.
 */

/**
 * Escapes LIKE wildcards so `s` matches only itself, using PostgreSQL's default escape character (backslash),
 * which Prisma's `contains` and a raw `LIKE … ESCAPE '\'` both honour.
 * @param s user-typed text
 * @returns the same text with `\`, `%` and `_` each preceded by a backslash
 */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/** A LIKE pattern for "contains `s` literally": `%` + escapeLike(s) + `%`. For raw SQL with `ESCAPE '\'`. */
export function containsPattern(s: string): string {
  return `%${escapeLike(s)}%`
}
