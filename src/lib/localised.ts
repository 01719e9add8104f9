/** An agency's (or any reference record's) name in the reader's language, falling back to English where no Welsh is held. */
export function localisedName(record: { name: string; nameCy: string | null }, locale: string): string {
  return locale === 'cy' && record.nameCy ? record.nameCy : record.name
}
