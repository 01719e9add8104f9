// The one place dates and times are turned into text for people (style.md "One way each"; issue 15 item 1).
// Every page, PDF, letter, export and calendar text formats through here: en-GB or Welsh, London time, 24-hour clock.
// next-intl's `format.dateTime` is not used for dates: with the app's locale `en` it gives US style ("Nov 2, 2026, 9:00 AM").

/** Everything users type or read is Europe/London wall time. */
export const TIME_ZONE = 'Europe/London'

/**
 * The named styles. `day*` are for calendar dates stored as `@db.Date` (midnight UTC, so read in UTC, never shifted);
 * the others are instants shown in London time.
 */
const STYLES = {
  day: { dateStyle: 'medium', timeZone: 'UTC' }, // 2 Nov 2026
  dayLong: { dateStyle: 'long', timeZone: 'UTC' }, // 16 November 1961
  dayFull: { dateStyle: 'full', timeZone: 'UTC' }, // Monday, 2 November 2026
  dayWeekday: { weekday: 'long', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }, // Monday, 2 Nov 2026
  monthYear: { month: 'long', year: 'numeric', timeZone: 'UTC' }, // November 2026
  date: { dateStyle: 'medium', timeZone: TIME_ZONE }, // 2 Nov 2026
  dateLong: { dateStyle: 'long', timeZone: TIME_ZONE }, // 2 November 2026
  dateFull: { dateStyle: 'full', timeZone: TIME_ZONE }, // Monday, 2 November 2026
  dateTime: { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone: TIME_ZONE }, // 2 Nov 2026, 09:00
  dateTimeSeconds: { dateStyle: 'medium', timeStyle: 'medium', hourCycle: 'h23', timeZone: TIME_ZONE }, // 2 Nov 2026, 09:00:00
  fullDateTime: { dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23', timeZone: TIME_ZONE }, // Monday, 2 November 2026 at 09:00
  weekdayDateTime: { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE }, // Monday 2 November at 09:00
  weekdayTime: { weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE }, // Monday 09:00
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE }, // 09:00
} satisfies Record<string, Intl.DateTimeFormatOptions>

export type DateStyle = keyof typeof STYLES

/** The Intl locale for the reader's app locale: Welsh, or British English for anything else. */
export const intlLocale = (locale: string) => (locale === 'cy' ? 'cy' : 'en-GB')

const cache = new Map<string, Intl.DateTimeFormat>()

/**
 * A date or time as text for a reader. `value` is an instant (or a `@db.Date` value for the `day*` styles),
 * `style` a name from STYLES, `locale` the reader's app locale ('en' or 'cy'). Never uses the runtime's locale or zone.
 */
export function formatDate(value: Date, style: DateStyle, locale: string): string {
  const key = `${intlLocale(locale)}|${style}`
  let f = cache.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(locale), STYLES[style])
    cache.set(key, f)
  }
  return midSentence(f.format(value), locale)
}

/**
 * Welsh writes a weekday in lower case inside a sentence ("erbyn dydd Iau, 26 Tachwedd"), and nearly every formatted
 * date is put inside a message, so formatDate gives the lower case (walk 25 D6: "erbyn Dydd Iau"). English keeps its
 * capital everywhere. A date that starts a line, cell or heading on its own goes through lineStart.
 */
const midSentence = (text: string, locale: string) => (locale === 'cy' ? text.replace(/^Dydd /, 'dydd ') : text)

/**
 * A formatted date that starts a line, table cell or heading on its own: its first letter in capitals, so the Welsh
 * weekday reads "Dydd Iau, 26 Tachwedd" there (English is already capitalised). Input and output: the text.
 */
export const lineStart = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1)

/**
 * A date whose text starts with its weekday, as it reads after "on": in Welsh "ar" softens "Dydd" and the day is
 * written in lower case, "ar ddydd Llun, 7 Rhag 2026" (walk 23, D5: "ar Dydd Llun"); English is unchanged.
 * Input: the formatted date, the reader's app locale. Output: the text to put after "on"/"ar" in a message.
 */
export const afterOn = (text: string, locale: string): string => (locale === 'cy' ? text.replace(/^[Dd]ydd /, 'ddydd ') : text)

/** A formatter bound to one reader's locale: `(value, style) => text`, for pages that format many dates. */
export const dateFormatter = (locale: string) => (value: Date, style: DateStyle) => formatDate(value, style, locale)

/** The type of a bound formatter, for components that take one as a prop. */
export type FormatDate = ReturnType<typeof dateFormatter>

const units = new Map<string, { hours: Intl.NumberFormat; minutes: Intl.NumberFormat; join: Intl.ListFormat }>()

/**
 * A length of time as a person reads it: "15 mins", "1 hr", "1 hr 30 mins" (Welsh "15 mun", "1 awr, 30 mun"), by
 * the reader's app locale's own unit names. Input: whole minutes, 0 or more. Errors: throws on a negative or
 * fractional count, a bug in the caller. Volunteer hours showed 15 minutes as "0.3 hours" (issue 16, cosa17 item 3).
 */
export function formatDuration(minutes: number, locale: string): string {
  if (!Number.isInteger(minutes) || minutes < 0) throw new Error(`Not a number of minutes: ${minutes}`)
  const lang = intlLocale(locale)
  let f = units.get(lang)
  if (!f) {
    f = {
      hours: new Intl.NumberFormat(lang, { style: 'unit', unit: 'hour', unitDisplay: 'short' }),
      minutes: new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'short' }),
      join: new Intl.ListFormat(lang, { type: 'unit', style: 'narrow' }),
    }
    units.set(lang, f)
  }
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (h === 0) return f.minutes.format(m)
  return m === 0 ? f.hours.format(h) : f.join.format([f.hours.format(h), f.minutes.format(m)])
}

/** formatDuration bound to one reader's locale: `(minutes) => text`. */
export const durationFormatter = (locale: string) => (minutes: number) => formatDuration(minutes, locale)
