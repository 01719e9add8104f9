import type { BundleRow, Cell, RedactionReason } from './bundle.types'

// Internal bookkeeping that says nothing about the person: form replay keys, optimistic-lock counters, the file bytes
// (the bundle lists documents, never their content), and the person's own id (every row is theirs).
const DROPPED = new Set(['offenderId', 'coreMemberId', 'idempotencyKey', 'version', 'content'])

const isDecimal = (v: object): v is { toFixed: () => string } => typeof (v as { toFixed?: unknown }).toFixed === 'function' && !(v instanceof Date)

/** A stored value as a bundle cell: days as YYYY-MM-DD (UTC midnight), moments as ISO UTC, lists joined. */
export function cell(value: unknown): Cell {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return value.getTime() % 86_400_000 === 0 ? value.toISOString().slice(0, 10) : value.toISOString()
  if (typeof value === 'bigint') return value.toString()
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (Array.isArray(value)) return value.map((v) => String(cell(v))).join('; ')
  if (isDecimal(value)) return Number(value.toFixed())
  return JSON.stringify(value)
}

/**
 * One stored row as a flat bundle row (bundle.types.ts). `reasons` are the third-party grounds found in it; a row
 * with any is marked for redaction review (issue 17).
 * @param raw a Prisma row of scalars (relations must not be included)
 */
export function toRow(raw: object, reasons: (RedactionReason | false | null | undefined)[] = []): BundleRow {
  const out: Record<string, Cell> = {}
  for (const [key, value] of Object.entries(raw)) if (!DROPPED.has(key)) out[key] = cell(value)
  const found = [...new Set(reasons.filter((r): r is RedactionReason => Boolean(r)))]
  return { ...out, redactionReview: found.length > 0, redactionReasons: found.join('; ') }
}

/** True when any of the given texts holds something (a filled free-text field a reviewer must read). */
export const anyText = (...texts: (string | null | undefined)[]) => texts.some((t) => Boolean(t && t.trim()))

// The columns that say which agency wrote a row: contacts, pathway and referral updates, intelligence, proven offences;
// the provider that holds a COSA referral, circle, its meetings' minutes and concerns, or a partner service's referral;
// and the agency of whoever viewed or changed the record (break 54 F6, walk 54 F2: CAIS's and a partner's words, and
// police's reading and recording of intelligence in the audit, went unmarked).
// IOM events and panel decisions carry their recorder's agency, and a membership its police lead's force (re-break 54).
const WRITING_AGENCY = ['authorAgencyId', 'recordedAgencyId', 'providerAgencyId', 'actorAgencyId', 'policeLeadAgencyId']

/**
 * A row written by another agency than the one responsible for the person, marked OTHER_AGENCY for redaction review:
 * what it says is that agency's to be asked about before disclosure (walk 52 F4; re-break 53 F7: the same partner's
 * words went unmarked in the referral updates while marked in the contacts). Input: a row with agency ids still as ids,
 * and the responsible agency's id. Output: the row, marked when so.
 */
export function markedIfOtherAgency(row: BundleRow, responsibleAgencyId: string): BundleRow {
  const other = WRITING_AGENCY.some((key) => typeof row[key] === 'string' && row[key] !== responsibleAgencyId)
  if (!other || row.redactionReasons.split('; ').includes('OTHER_AGENCY')) return row
  return { ...row, redactionReview: true, redactionReasons: row.redactionReasons ? `${row.redactionReasons}; OTHER_AGENCY` : 'OTHER_AGENCY' }
}
