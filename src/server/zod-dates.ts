import { subYears } from 'date-fns'
import { z } from 'zod'
import { asDate, blank } from './zod-fields'
import { EARLIEST_DAY, LATEST_DAY, todayInLondon } from '../lib/dates'

export { EARLIEST_DAY, LATEST_DAY }

/**
 * A calendar day typed into a form or a filter: given (`dateRequired`, "Enter the date"), a real date (`invalidDate`)
 * from 1900 to 2099 (`dateOutOfRange`), with only the first of these that fails reported, and a caller's own
 * `.refine` checked only on a day that passed them all. An empty date said "Enter a real date Enter a date between
 * 1900 and 2099" (re-check of issue 16, D8). The year 0000 passed the format check and then failed in PostgreSQL,
 * which has no year 0, as a server error; the year 9999 was saved and made a review never fall due (break test of
 * issue 16). An optional day is `z.preprocess(blank, isoDay().optional())`. Output: the YYYY-MM-DD string.
 */
export const isoDay = () =>
  z
    .string('dateRequired')
    // A date of only spaces is not given, as an empty one is (break 59 F3: it said "Enter a real date").
    .overwrite((d) => (blank(d) === undefined ? '' : d))
    .min(1, 'dateRequired')
    // Each step is a pipe, which stops at its own failure, not `abort: true`: an aborted issue also stops the
    // enclosing object's refinements that ask to run whatever the fields say (`when`), so an empty date hid a missing
    // disclosure decision or venue until the date was put right (walk 40 D4).
    .pipe(z.iso.date('invalidDate'))
    .pipe(z.string().refine((d) => d >= EARLIEST_DAY && d <= LATEST_DAY, 'dateOutOfRange'))
    // A pipe after the range ends the day there when it is out of range, so a caller's own `.refine` never runs on it.
    .pipe(z.string())

/**
 * Whether a range's two days are in order, for a filter's `.refine`: false only when both are real days (as isoDay
 * takes them) and `to` is before `from`. A day refused on its own ("banana") then brings no second message that the
 * range is the wrong way round (walk 51 F5, break 51 F6), since the enclosing object's refinements run after a day's
 * own refusal. Input: the two values as parsed (YYYY-MM-DD or anything). Output: boolean.
 */
export function daysInOrder(from: unknown, to: unknown): boolean {
  const day = isoDay()
  if (!day.safeParse(from).success || !day.safeParse(to).success) return true
  return (from as string) <= (to as string)
}

/**
 * Whether someone born on `day` (YYYY-MM-DD) is `years` old or more on London's today: their birthday that year is
 * today or past (a birth day in the future never is). Used for a volunteer's 18 and a person's 10, the age of criminal
 * responsibility (break 65 F1: a person aged 1 was recorded). Input: the day, whole years. Output: a boolean.
 */
const agedAtLeast = (years: number) => (day: string) => day <= subYears(asDate(todayInLondon()), years).toISOString().slice(0, 10)

/**
 * A date-only field that cannot be in the future (London's today counts): `notInFuture`. It does not abort: in zod 4
 * a field's abort also stops its object's rules, so the form's other messages would wait for a second submit (the
 * IOM review's next-review order did, seen in members.int.test.ts). Output: a schema of the ISO day.
 */
export const dayNotInFuture = () => isoDay().refine((d) => d <= todayInLondon(), 'notInFuture')

/**
 * A date of birth: not in the future (`notInFuture`) and otherwise `years` old or more on London's today (`underKey`),
 * one message only (review 65b K2: a birth year of 2090 was told the person must be 10 or over), without aborting the
 * form's other rules. Input: whole years, the message key for too young. Output: a schema of the ISO day.
 */
export const bornAtLeast = (years: number, underKey: string) =>
  isoDay().superRefine((day, ctx) => {
    if (day > todayInLondon()) ctx.addIssue({ code: 'custom', message: 'notInFuture' })
    else if (!agedAtLeast(years)(day)) ctx.addIssue({ code: 'custom', message: underKey })
  })
