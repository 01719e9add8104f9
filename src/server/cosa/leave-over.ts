import { londonDay } from '../../lib/dates'

type TLeave = { fromDate: Date; toDate: Date }

/**
 * The volunteer's leave a meeting falls in, if any: its London day within a leave's first and last days (both
 * `@db.Date` values, midnight UTC). Their home page then asks them to say they cannot come, as booking leave over a
 * rota place told them nothing (break 41 F5). Input: the meeting's start (an instant), the leave. Output: that leave
 * or undefined.
 */
export function leaveOver<T extends TLeave>(startsAt: Date, leave: T[]): T | undefined {
  const day = londonDay(startsAt)
  return leave.find((l) => l.fromDate.toISOString().slice(0, 10) <= day && day <= l.toDate.toISOString().slice(0, 10))
}
