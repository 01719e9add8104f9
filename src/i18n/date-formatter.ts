import { getLocale } from 'next-intl/server'
import { dateFormatter, durationFormatter, type FormatDate } from '../lib/format-dates'

/**
 * The reader's date formatter for a server component, route or PDF: `(value, style) => text` in en-GB or Welsh,
 * London time (issue 15 item 1). Use this rather than next-intl's `getFormatter().dateTime`, which is US style in `en`.
 */
export async function getDateFormatter(): Promise<FormatDate> {
  return dateFormatter(await getLocale())
}

/** The reader's duration formatter for a server component or route: `(minutes) => "1 hr 30 mins"` (cosa17 item 3). */
export async function getDurationFormatter(): Promise<(minutes: number) => string> {
  return durationFormatter(await getLocale())
}
