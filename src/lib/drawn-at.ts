// What a form says it was drawn at, as its hidden fields carry it: one rule for the page that draws a form again after
// a refusal (version-as-drawn.ts) and for the server that reads it (zod-numbers.ts, members.schemas.ts), so a value the
// page keeps is one the server reads (review 63: a garbled snapshot the page kept was refused on every resend).

/** PostgreSQL's `integer` (Prisma Int, every `version` column): a larger number reaching a query is a database error. */
export const PG_INT_MAX = 2_147_483_647

/**
 * Whether text is a record's version as a page writes it: figures only (Number() also reads "1e0", "0x1", " 1 " as 1:
 * break 63 F2), at most PostgreSQL's integer limit (above it a 500: COSA break test item 5). Input: the posted text.
 * Output: boolean. The lower bound (0 or 1) is the schema's.
 */
export function readsAsVersion(text: string): boolean {
  return /^\d{1,10}$/.test(text) && Number(text) <= PG_INT_MAX
}

const SNAPSHOT_TEXT = /^\d{1,20}:\d{1,20}:(\d{1,20}(,\d{1,20})*)?$/
const XID_LIMIT = 2n ** 64n

/**
 * Whether text is a PostgreSQL snapshot ("xmin:xmax:xip,…", how an IOM panel form says what it was drawn in: break 62
 * F1, review 62 item 2) that PostgreSQL's own rules read, so casting it cannot fail: xmin ≥ 1, xmin ≤ xmax < 2^64, each
 * in-flight id in [xmin, xmax), ascending. Input: the posted text. Output: boolean.
 */
export function readsAsSnapshot(text: string): boolean {
  if (text.length > 4000 || !SNAPSHOT_TEXT.test(text)) return false
  const [xmin = 0n, xmax = 0n, ...inFlight] = text.split(/[:,]/).filter((part, i) => i < 2 || part !== '').map(BigInt)
  if (xmin < 1n || xmax < xmin || xmax >= XID_LIMIT) return false
  return inFlight.every((id, i) => id >= xmin && id < xmax && id >= (inFlight[i - 1] ?? xmin))
}
