import 'server-only'
import { createEvents, type EventAttributes } from 'ics'

/** One confirmed meeting as the feed shows it: when and where, nothing about who. */
export type TFeedMeeting = { id: string; startsAt: Date; endsAt: Date; venue: string | null }
export type TFeedLabels = { summary: string; calendarName: string }

const utc = { startInputType: 'utc', startOutputType: 'utc', endInputType: 'utc', endOutputType: 'utc' } as const

/**
 * A volunteer's meetings as iCalendar (RFC 5545) text. Times are written in UTC so every calendar shows them in
 * its own zone; the UID is stable per meeting, so a moved meeting updates in place instead of appearing twice.
 */
export function buildCalendar(meetings: TFeedMeeting[], labels: TFeedLabels): string {
  const events: EventAttributes[] = meetings.map((m) => ({
    uid: `${m.id}@llwybr`,
    start: m.startsAt.getTime(),
    end: m.endsAt.getTime(),
    ...utc,
    title: labels.summary,
    ...(m.venue ? { location: m.venue } : {}),
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  }))
  const { error, value } = createEvents(events, { productId: '-//Llwybr//COSA circle meetings//EN', calName: labels.calendarName })
  if (error || !value) throw error ?? new Error('calendar could not be built')
  return value
}
