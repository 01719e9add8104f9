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
 * Reference records (agencies…) in the reader's language's alphabetical order of their localised names, id on a tie,
 * so anything listed agency by agency in Welsh follows the Welsh names (walk 20 D9; walk 37 O8b: the MAPPA attendance
 * picker listed its people in the English agencies' order). Input: records `{ id, name, nameCy }`, the locale.
 * Output: the same records, sorted (a new array).
 */
export function inLocalisedOrder<T extends { id: string; name: string; nameCy: string | null }>(records: readonly T[], locale: string): T[] {
  const collator = collatorFor(locale)
  return records
    .map((r) => ({ r, label: localisedName(r, locale) }))
    .sort((a, b) => collator.compare(a.label, b.label) || (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0))
    .map(({ r }) => r)
}

/**
 * Select or checkbox options for agencies (or any reference records with a Welsh name), each labelled in the reader's
 * language (localisedName) and listed in that language's alphabetical order (inLocalisedOrder). Input: records
 * `{ id, name, nameCy }`, the locale. Output: `{ value: id, label }[]`.
 */
export function localisedOptions(records: readonly { id: string; name: string; nameCy: string | null }[], locale: string): { value: string; label: string }[] {
  return inLocalisedOrder(records, locale).map((r) => ({ value: r.id, label: localisedName(r, locale) }))
}
