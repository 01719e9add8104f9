/**
 * When a MAPPA meeting may be run (issue 16, MAPPA gaps item 1): attendance, the record of each nominal, actions,
 * the close and the approval of the minutes are the record of a meeting that happened, so none of them can be made
 * before it begins. The chair may open the room up to 30 minutes before the scheduled start (London time is the
 * stored instant, so no conversion is needed) to mark who has arrived and read the statement.
 */
export const SETUP_MARGIN_MINUTES = 30

/** The first instant the meeting may be run: its start less the set-up margin. Input and output are instants. */
export function meetingRunsFrom(startsAt: Date): Date {
  return new Date(startsAt.getTime() - SETUP_MARGIN_MINUTES * 60_000)
}

/** Whether the meeting may be run at `now` (default: this instant): true from 30 minutes before its start. */
export function hasMeetingBegun(startsAt: Date, now: Date = new Date()): boolean {
  return now.getTime() >= meetingRunsFrom(startsAt).getTime()
}

/** How far back a meeting may be scheduled, to type up one already held (issue 16, MAPPA gaps item 1): 28 days. */
export const PAST_MEETING_DAYS = 28
