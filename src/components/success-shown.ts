/**
 * The one rule for success messages (issue 16 item 1): a success message never shows next to a refusal. It shows for
 * a form's own successful result, or for a standing success the page was loaded with (a flash such as "Meeting
 * scheduled", or "Recorded for the minutes." on an item recorded before), and only until any form on the page is
 * submitted again: that submission's own answer, success or refusal, is what the page says next.
 * Pure, so the rule is unit-tested; `useOwnSuccess` applies it in forms and flashes.
 */
export function isSuccessShown(s: { result: { ok: boolean } | null | undefined; standing: boolean; submittedSince: boolean }): boolean {
  if (s.submittedSince) return false
  return s.result ? s.result.ok : s.standing
}

/**
 * The same rule for refusals (issue 16, MAPPA gaps item 3): a form's error summary and field errors show for its own
 * latest refusal only until any form on the page is submitted, so two forms' "There is a problem" boxes never stand
 * together. Inputs: the form's latest result, and whether a form was submitted since it arrived. Output: show or not.
 */
export function isRefusalShown(s: { result: { ok: boolean } | null | undefined; submittedSince: boolean }): boolean {
  return !s.submittedSince && !!s.result && !s.result.ok
}
