import 'server-only'
import { isAppError } from './errors'

// PostgreSQL's codes for a value its column type cannot hold: a malformed uuid (22P02, "invalid input syntax") and a
// NUL byte (22021, "invalid byte sequence"). An id taken from an address can be either; no such row can exist.
const BAD_VALUE = new Set(['22P02', '22021'])

/**
 * Whether an error means "no such record" rather than "the database failed": NOT_FOUND, a record not there (P2025),
 * or an id its column cannot hold (P2023, or the driver's 22P02 / 22021). Anything else — the database down, a
 * timeout, a broken query — is not "not found" and must reach the fail-fast "service unavailable" path (issue 17
 * defect 7, ADR 0023). Input: anything thrown. Output: boolean.
 */
export function isMissingRecord(e: unknown): boolean {
  // A domain function's own answer for a record out of scope or not there.
  if (isAppError(e)) return e.code === 'NOT_FOUND'
  // Prisma's known request errors carry a `P…` code (as idempotency.ts reads P2002).
  const error = e as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null
  if (error?.code === 'P2025' || error?.code === 'P2023') return true
  if (typeof error?.code !== 'string' || !error.code.startsWith('P')) return false
  const cause = error.meta?.driverAdapterError?.cause
  return typeof cause?.originalCode === 'string' && BAD_VALUE.has(cause.originalCode)
}

/**
 * For `.catch(...)` on a lookup by an id from the request: the fallback (null, 0, …) when the record cannot exist,
 * else the error again. So `.catch(whenMissing(null))` replaces `.catch(() => null)`, which also turned a database
 * failure into "not found" (issue 17 item 3).
 */
export const whenMissing =
  <T,>(fallback: T) =>
  (e: unknown): T => {
    if (isMissingRecord(e)) return fallback
    throw e
  }

/**
 * For `.catch(...)` where a page shows something else when the domain refuses (FORBIDDEN, NOT_FOUND: e.g. no MAPPA
 * area, no volunteer record): the fallback for an AppError, else the error again, so a database failure is never
 * shown as an empty section (issue 17 item 3).
 */
export const whenRefused =
  <T,>(fallback: T) =>
  (e: unknown): T => {
    if (isAppError(e) || isMissingRecord(e)) return fallback
    throw e
  }
