/**
 * Names joined as a sentence says them: "A, B and C"; in Welsh "A, B a C", or "ac" before a vowel ("A ac Alun"),
 * where Intl.ListFormat writes "a(c)" and leaves the reader to choose. Input: the items, a locale ('en' | 'cy').
 * Output: one string ('' for none).
 */
export function spokenList(items: string[], locale: string): string {
  if (!locale.startsWith('cy')) return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items)
  if (items.length < 2) return items.join('')
  const last = items.at(-1)!
  return `${items.slice(0, -1).join(', ')} ${/^[aeiouwyâêîôûŵŷáéíóú]/i.test(last) ? 'ac' : 'a'} ${last}`
}
