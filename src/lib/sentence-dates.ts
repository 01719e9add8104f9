/**
 * The dates a sentence implies, derived from the date of sentence and the lengths the court gave, so nobody types them
 * twice (issue 13). Every value is a London calendar date, `YYYY-MM-DD`: a date of sentence has no time of day, so the
 * arithmetic is plain calendar arithmetic (done in UTC only so that clock changes never move a day).
 *
 * Deliberately simple, and says so: no remand or tagged-bail credit, no 40% release (SI 2024/844), no consecutive terms.
 * The officer sees the derived dates and the rule they came from; the prison's calculation stays the authority.
 */

export type Length = { months: number; days: number }

export type DerivableSentence =
  | { type: 'COMMUNITY_ORDER' | 'YOUTH_REHABILITATION_ORDER'; sentenceDate: string; length: Length }
  /** `length` is the supervision (operational) period; `custodialTerm` is the suspended term of imprisonment. */
  | { type: 'SUSPENDED_SENTENCE_ORDER'; sentenceDate: string; length: Length; custodialTerm: Length }
  /** `length` is the custodial term; `extensionMonths` makes it an extended determinate sentence (EDS). */
  | { type: 'CUSTODY'; sentenceDate: string; length: Length; extensionMonths?: number | null }

export type DerivedDates = {
  /** When the order, licence or supervision ends: what the caseload's "sentences ending" counts down to. */
  expectedEndDate: string
  releaseDate: string | null
  releaseDateKind: 'CRD' | 'ARD' | null
  paroleEligibilityDate: string | null
  licenceEndDate: string | null
  /** Post-sentence supervision end (top-up supervision), where it applies. */
  supervisionEndDate: string | null
}

const DAY = 86_400_000
const toDate = (d: string) => new Date(`${d}T00:00:00Z`)
const toIso = (d: Date) => d.toISOString().slice(0, 10)

export function addDays(date: string, days: number): string {
  return toIso(new Date(toDate(date).getTime() + days * DAY))
}

/** Calendar months, kept on the last day of a shorter month (31 Jan + 1 month = 28/29 Feb, never 3 Mar). */
export function addMonths(date: string, months: number): string {
  const d = toDate(date)
  const day = d.getUTCDate()
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(day, lastDay))
  return toIso(target)
}

/** Days from `from` to `to`, counting both (a sentence served from 1 to 3 January is 3 days). */
export const daysInclusive = (from: string, to: string) => Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY) + 1

/**
 * The last day of a period that starts on `start`: a 12-month order made on 5 January 2026 ends on 4 January 2027
 * (the period runs from the day of the order, so its last day is the day before the anniversary).
 */
export function periodEnd(start: string, length: Length): string {
  return addDays(addMonths(start, length.months), length.days - 1)
}

const laterOf = (a: string, b: string | null) => (b && b > a ? b : a)

/**
 * Derives every date from what the court said:
 * - Community order and youth rehabilitation order: ends at the end of its length (Sentencing Code s.209: at most 3 years).
 * - Suspended sentence order: supervision ends at the end of the supervision period (Sentencing Code s.288).
 * - Standard determinate custodial sentence: released at the halfway point (Criminal Justice Act 2003 s.244, the
 *   "requisite custodial period" of one half), counted here as the date of sentence plus half the days of the term,
 *   rounded down. Licence runs to the sentence expiry date (s.249). Terms under 12 months call that date the ARD
 *   (the name nDelius keeps), 12 months or more the CRD. Terms of more than a day and under 2 years add post-sentence
 *   supervision to 12 months after release (s.256AA, inserted by the Offender Rehabilitation Act 2014).
 * - Extended determinate sentence (an extension is given): parole eligibility at two-thirds of the custodial term,
 *   automatic release at its end (s.246A), then licence for the extension period; no post-sentence supervision.
 */
export function deriveSentenceDates(s: DerivableSentence): DerivedDates {
  const none = { releaseDate: null, releaseDateKind: null, paroleEligibilityDate: null, licenceEndDate: null, supervisionEndDate: null }
  const end = periodEnd(s.sentenceDate, s.length)
  if (s.type !== 'CUSTODY') return { ...none, expectedEndDate: end }

  const termDays = daysInclusive(s.sentenceDate, end)
  if (s.extensionMonths) {
    // The whole sentence (custodial term plus extension) expires on its last day.
    const licenceEnd = periodEnd(s.sentenceDate, { months: s.length.months + s.extensionMonths, days: s.length.days })
    return {
      ...none,
      expectedEndDate: licenceEnd,
      releaseDate: end,
      releaseDateKind: 'CRD',
      paroleEligibilityDate: addDays(s.sentenceDate, Math.floor((termDays * 2) / 3)),
      licenceEndDate: licenceEnd,
    }
  }
  const releaseDate = addDays(s.sentenceDate, Math.floor(termDays / 2))
  const underTwelveMonths = addMonths(s.sentenceDate, 12) > addDays(end, 1)
  const underTwoYears = addMonths(s.sentenceDate, 24) > addDays(end, 1)
  const supervisionEndDate = termDays > 1 && underTwoYears ? addMonths(releaseDate, 12) : null
  return {
    ...none,
    expectedEndDate: laterOf(end, supervisionEndDate),
    releaseDate,
    releaseDateKind: underTwelveMonths ? 'ARD' : 'CRD',
    licenceEndDate: end,
    supervisionEndDate,
  }
}
