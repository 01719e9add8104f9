import type { FormatDate } from '@/lib/format-dates'
import type { FiguresAsAt } from '@/server/outcomes/outcome-figure-sets'

type Translate = (key: string, values?: Record<string, string>) => string

/**
 * The lines a download or the board pack gives about its figures' time (issue 14 "Figures as at"): when they were
 * made, London time, and when they are late, which refresh did not make them. In the language of `t` and `formatDate`.
 */
export function asAtNotes(when: FiguresAsAt, t: Translate, formatDate: FormatDate): string[] {
  const time = formatDate(when.asAt, 'dateTime')
  return [t('outcomesRefresh.exportAsAt', { time }), ...(when.lateSince ? [t('outcomesRefresh.exportLate', { due: formatDate(when.lateSince, 'dateTime') })] : [])]
}
