import type { FormatDate } from '@/lib/format-dates'

type T = (key: string, values?: Record<string, string>) => string

/** A funding period as the scheme report names it ("1 Apr 2025 to 31 Mar 2026"), or the whole scheme (both null). */
export function periodLabel(t: T, date: FormatDate, startsOn: string | null, endsOn: string | null): string {
  if (!startsOn || !endsOn) return t('outcomesSchemes.report.wholeScheme')
  const day = (d: string) => date(new Date(`${d}T00:00:00Z`), 'day')
  return t('outcomesSchemes.report.periodDates', { from: day(startsOn), to: day(endsOn) })
}

/** The label of a COSA scheme's circle figure (issue 14 item 4): all circles, a status, or a questionnaire measure. */
export function circleMeasureLabel(t: T, id: string): string {
  if (id === 'circles') return t('outcomesMore.circles.all')
  if (['forming', 'active', 'ending', 'closed'].includes(id)) return t(`enums.circleStatus.${id.toUpperCase()}`)
  return t(`outcomes.measures.cosa.${id}`)
}
