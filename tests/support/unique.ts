/**
 * Unique values for fixtures, never random (issue 12: a random CRN from 900,000 values collided in one run).
 * Uniqueness comes from a counter: a PostgreSQL sequence where fixtures share a database across test files, or the
 * clock plus a counter where they share only a server (end-to-end). The counter is then scrambled by a bijection,
 * so two values made one after the other still look unlike each other: the fuzzy name search must not take one
 * fixture person for another.
 */

type Raw = { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>; $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number> }

/** The next number of this database's fixture sequence (1, 2, …), created on first use. */
export async function nextFixtureNumber(db: Raw): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
    `SELECT nextval(to_regclass('llwybr_fixture_seq'))::int AS n WHERE to_regclass('llwybr_fixture_seq') IS NOT NULL`,
  )
  if (row) return row.n
  await db.$executeRawUnsafe('CREATE SEQUENCE IF NOT EXISTS llwybr_fixture_seq')
  return nextFixtureNumber(db)
}

/** An odd multiplier modulo 2^32 maps every 32-bit number to a different one, and neighbours far apart. */
const scramble = (n: number) => Math.imul(n, 0x9e3779b1) >>> 0

/** Eight hex digits, different for every different `n` below 2^32. */
export const hexTag = (n: number) => scramble(n).toString(16).padStart(8, '0')

/** `length` lower-case letters (7 or more), different for every different `n` below 2^32. */
export function letterTag(n: number, length = 8): string {
  let value = scramble(n)
  let out = ''
  for (let i = 0; i < length; i++) {
    out += String.fromCharCode(97 + (value % 26))
    value = Math.floor(value / 26)
  }
  return out
}

/** A case reference for fixtures: "T" and six digits, unique in the database. */
export const fixtureCrn = (n: number) => `T${String(n % 1_000_000).padStart(6, '0')}`

let lastClockValue = 0
/**
 * For end-to-end tests, which reach the app through its pages only: the clock in milliseconds, never the same
 * twice in one process; below 2^32, so it repeats only after 49 days (each CI run has a fresh database).
 */
export function clockNumber(): number {
  lastClockValue = Math.max(lastClockValue + 1, Date.now() % 2 ** 32)
  return lastClockValue
}
