// Volunteer time for funders (issue 16 item 12), free of the database: each piece of time a volunteer gave — a
// meeting the minutes say they were at, a supervision session, their initial training — summed by London month.

export const timeKinds = ['meeting', 'supervision', 'training'] as const
export type TTimeKind = (typeof timeKinds)[number]
/** One piece of time given: whose, which London month ('YYYY-MM'), what kind, how many minutes. */
export type TTimeEntry = { volunteerId: string; month: string; kind: TTimeKind; minutes: number }
/** One volunteer's month: minutes of each kind and in all. */
export type THoursRow = { volunteerId: string; month: string } & Record<TTimeKind | 'total', number>

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/**
 * Sums entries by volunteer and month, months in order and, within one, volunteers in the order first met.
 * Throws on a malformed month or negative/non-finite minutes: a bad entry is a bug in the caller, not data to hide.
 */
export function sumByVolunteerMonth(entries: TTimeEntry[]): THoursRow[] {
  const rows = new Map<string, THoursRow>()
  for (const e of entries) {
    if (!MONTH.test(e.month) || !Number.isFinite(e.minutes) || e.minutes < 0) throw new Error(`Bad time entry for ${e.volunteerId}`)
    const key = `${e.month} ${e.volunteerId}`
    const row = rows.get(key) ?? rows.set(key, { volunteerId: e.volunteerId, month: e.month, meeting: 0, supervision: 0, training: 0, total: 0 }).get(key)!
    row[e.kind] += e.minutes
    row.total += e.minutes
  }
  return [...rows.values()].sort((a, b) => a.month.localeCompare(b.month))
}

/**
 * Minutes as a number of hours for the CSV funders' spreadsheets sum: two decimal places, so 15 minutes is 0.25, not
 * the "0.3" one place gave (issue 16, cosa17 item 3). Screens show formatDuration's hours and minutes instead.
 */
export const hoursForCsv = (minutes: number) => Math.round((minutes * 100) / 60) / 100
