type Translate = (key: string, values?: Record<string, string | number>) => string

/** What the agenda line reads of an item's nominal; a redacted item's carries no category (ADR 0023). */
export type AgendaItemNominal = {
  restricted: boolean
  managedLevel?: number | null
  nominal: { level: number; category?: number; nextReviewDate: Date } | null
}

/**
 * The facts after an agenda item's reason, each its own phrase: the level, the category and the next review date.
 * An open agenda gives the nominal's level and review now; once the minutes are approved the agenda is a record, so it
 * gives the level the nominal was heard at (or the meeting's) and no review date, which that meeting moved on (walk 67
 * F5). A redacted item gives no category, and when closed no level, since the level heard is not kept for its reader
 * rather than a wrong one (ADR 0023, review 68 B2). Input: the item, whether the meeting is closed and its level, the
 * translator and a London day formatter. Output: the phrases, none when the item has no nominal.
 */
export function agendaItemFacts(item: AgendaItemNominal, meeting: { closed: boolean; level: number }, t: Translate, day: (d: Date) => string): string[] {
  const { nominal } = item
  if (!nominal) return []
  const level = meeting.closed ? (item.restricted ? null : (item.managedLevel ?? meeting.level)) : nominal.level
  return [
    ...(level === null ? [] : [t('mappa.levelN', { level })]),
    ...(item.restricted || nominal.category === undefined ? [] : [t(`enums.mappaCategory.${nominal.category}`)]),
    ...(meeting.closed ? [] : [t('mappa.reviewDue', { date: day(nominal.nextReviewDate) })]),
  ]
}
