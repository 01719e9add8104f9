/**
 * The values of the minutes' "Deferred to a later meeting" line, on the page and in the PDF. Input: an agenda item's
 * `restricted` flag and `deferReason` (null when redacted). Output: `{ hasReason: 'yes' | 'no', reason }` for the
 * message's select. A restricted item's reason is never shown (someone with access may have written it; ADR 0023), and
 * without a reason the line ends with a full stop, not a bare colon (walk 29 D1).
 */
export function deferredValues(item: { restricted: boolean; deferReason: string | null }): { hasReason: 'yes' | 'no'; reason: string } {
  const reason = item.restricted ? null : item.deferReason
  return { hasReason: reason ? 'yes' : 'no', reason: reason ?? '' }
}
