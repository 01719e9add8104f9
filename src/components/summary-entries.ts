/**
 * The lines of an error summary (issue 14 item 1): one per field in error, its first message, named by the field's
 * label where `labels` has it ("Period 2: last day: …"), since one message such as "Choose an option" can belong to
 * several fields; in the form's order (the order of `labels`), fields without a label last. `_form` is never named,
 * and each of its messages is a line: a refusal of the whole form may list every gap at once (walk 41 F3).
 */
export function summaryEntries(fieldErrors: Record<string, string[]>, labels: Record<string, string> = {}): { field: string; text: string }[] {
  const order = Object.keys(labels)
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length)
  return Object.entries(fieldErrors)
    .filter(([, messages]) => messages.length > 0)
    .sort(([a], [b]) => rank(a) - rank(b))
    .flatMap(([field, messages]) => (field === '_form' ? [...new Set(messages)].map((text) => ({ field, text })) : [{ field, text: labels[field] ? `${labels[field]}: ${messages[0]}` : messages[0]! }]))
}
