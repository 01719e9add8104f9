/**
 * The statutory deadline of a subject access request (UK GDPR Art. 12(3); issue 17 "the statutory one-month
 * clock"). ICO guidance: the month runs from the day the request is received to the corresponding calendar date
 * of the next month; when the next month has no such date (31 January → February), it is that month's last day.
 * Extensions for complex requests are not modelled: the export shows the ordinary due date.
 * @param receivedOn London calendar day, YYYY-MM-DD
 * @returns the due day, YYYY-MM-DD
 */
export function subjectAccessDueOn(receivedOn: string): string {
  const [year, month, day] = receivedOn.split('-').map(Number) as [number, number, number]
  // Day 0 of the month after next is the last day of next month (Date.UTC rolls the month over).
  const lastOfNext = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return new Date(Date.UTC(year, month, Math.min(day, lastOfNext))).toISOString().slice(0, 10)
}
