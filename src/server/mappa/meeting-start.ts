/**
 * When a MAPPA meeting may be run (issue 16, MAPPA gaps item 1; tightened by issue 16 MAPPA fix item 1): the record
 * of each nominal, drafts, actions, the close and the approval of the minutes are the record of a meeting that
 * happened, so none of them can be made before its start. Only the set-up (attendance, including marking people
 * present as they arrive, and the statement) opens up to 30 minutes before the scheduled start (the stored instant
 * is absolute, so no London conversion is needed).
 */
export const SETUP_MARGIN_MINUTES = 30

/** The first instant the meeting may be run: its start less the set-up margin. Input and output are instants. */
export function meetingRunsFrom(startsAt: Date): Date {
  return new Date(startsAt.getTime() - SETUP_MARGIN_MINUTES * 60_000)
}

/** Whether the meeting may be set up at `now` (default: this instant): true from 30 minutes before its start. */
export function hasMeetingBegun(startsAt: Date, now: Date = new Date()): boolean {
  return now.getTime() >= meetingRunsFrom(startsAt).getTime()
}

/**
 * Whether the meeting's record may be written at `now` (default: this instant): true once its start has passed —
 * items, drafts, actions, the close and approval (issue 16 MAPPA fix item 1).
 */
export function hasMeetingStarted(startsAt: Date, now: Date = new Date()): boolean {
  return now.getTime() >= startsAt.getTime()
}

/** How far back a meeting may be scheduled, to type up one already held (issue 16, MAPPA gaps item 1): 28 days. */
export const PAST_MEETING_DAYS = 28

/** How long a MAPPA meeting is taken to last when its end is not yet recorded (issue 16 walk-through item 2): 2 hours. */
export const MEETING_LENGTH_MINUTES = 120

/**
 * The time a run-page form offers for "when did this happen" (issue 16 walk-through item 2): now for a meeting in
 * progress; its start for one whose start is more than the meeting's length ago (typed up later from paper), the
 * length being its recorded end less its start, else MEETING_LENGTH_MINUTES. Never before the set-up margin.
 * Input and output are instants.
 */
export function defaultHappenedAt(meeting: { startsAt: Date; endedAt: Date | null }, now: Date = new Date()): Date {
  const length = meeting.endedAt ? meeting.endedAt.getTime() - meeting.startsAt.getTime() : MEETING_LENGTH_MINUTES * 60_000
  if (now.getTime() - meeting.startsAt.getTime() > length) return meeting.startsAt
  return now < meetingRunsFrom(meeting.startsAt) ? meetingRunsFrom(meeting.startsAt) : now
}
