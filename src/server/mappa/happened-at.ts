import 'server-only'
import { londonDay, londonLocalToDate } from '../../lib/dates'
import { invalid } from '../errors'
import { defaultHappenedAt, meetingRunsFrom } from './meeting-start'

type Meeting = { startsAt: Date; endedAt: Date | null }

/**
 * When a step of the run page actually happened (issue 16 walk-through item 2), from the London clock time the chair
 * gives, on the meeting's London day; absent (callers other than the form), the time the form would have shown,
 * defaultHappenedAt: the click during the meeting, its start for one typed up later, so it never lands after the
 * recorded end (fix16b item 2: "now" put a typed-up meeting's statement after its end). Bounds: not before the start — or, with
 * `setup` (the statement), not before the 30-minute set-up margin — not in the future, and strictly before the recorded
 * end (re-walk of issue 16, D1: nothing happens in a meeting at the minute it ended).
 * Errors on `field` (default `time`): timeNotInLondon, happenedBeforeSetup, happenedBeforeStart, happenedInFuture,
 * happenedAfterEnd.
 */
export function happenedAt(meeting: Meeting, time: string | undefined, setup: boolean, now: Date = new Date(), field = 'time'): Date {
  const at = time === undefined ? defaultHappenedAt(meeting, now) : londonLocalToDate(`${londonDay(meeting.startsAt)}T${time}`)
  if (!at) throw invalid(field, 'timeNotInLondon')
  const earliest = setup ? meetingRunsFrom(meeting.startsAt) : meeting.startsAt
  if (at < earliest) throw invalid(field, setup ? 'happenedBeforeSetup' : 'happenedBeforeStart')
  if (at > now) throw invalid(field, 'happenedInFuture')
  if (meeting.endedAt && at >= meeting.endedAt) throw invalid(field, 'happenedAfterEnd')
  return at
}
