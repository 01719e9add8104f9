/** An agency's (or any reference record's) name in the reader's language, falling back to English where no Welsh is held. */
export function localisedName(record: { name: string; nameCy: string | null }, locale: string): string {
  return locale === 'cy' && record.nameCy ? record.nameCy : record.name
}

const collators = new Map<string, Intl.Collator>()
/** The alphabet of the reader's language: Welsh (`cy`: "ch" after every "c…", "ll" after every "l…") or British English. */
export function collatorFor(locale: string): Intl.Collator {
  const tag = locale === 'cy' ? 'cy' : 'en-GB'
  let collator = collators.get(tag)
  if (!collator) collators.set(tag, (collator = new Intl.Collator(tag, { sensitivity: 'base', numeric: true })))
  return collator
}

/**
 * Select or checkbox options for agencies (or any reference records with a Welsh name), each labelled in the reader's
 * language (localisedName) and listed in that language's alphabetical order, so a Welsh list is not in the English
 * names' order (walk 20, D9). Input: records `{ id, name, nameCy }`, the locale. Output: `{ value: id, label }[]`.
 */
export function localisedOptions(records: readonly { id: string; name: string; nameCy: string | null }[], locale: string): { value: string; label: string }[] {
  const collator = collatorFor(locale)
  return records.map((r) => ({ value: r.id, label: localisedName(r, locale) })).sort((a, b) => collator.compare(a.label, b.label) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
}
