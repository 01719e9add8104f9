/**
 * A refusal's field errors as a form can show them: errors on a field the form renders stay on it; any other
 * (a field of the same action the form does not show, a hidden value) becomes a form-level `_form` error, so the
 * summary never links to, or names, a field that is not there (issue 16, MAPPA break test item 3).
 * Input: the field errors by name and the names the form renders. Output: the same messages, re-keyed.
 */
export function errorsForRendered(fieldErrors: Record<string, string[]>, rendered: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const [field, messages] of Object.entries(fieldErrors)) {
    const key = rendered.includes(field) ? field : '_form'
    out[key] = [...(out[key] ?? []), ...messages.filter((m) => !out[key]?.includes(m))]
  }
  return out
}
