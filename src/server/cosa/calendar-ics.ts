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
    ...(m.venue ? { location: oneLine(m.venue) } : {}),
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  }))
  const { error, value } = createEvents(events, { productId: '-//Llwybr//COSA circle meetings//EN', calName: labels.calendarName })
  if (error || !value) throw error ?? new Error('calendar could not be built')
  return refold(value)
}

/**
 * A venue is one line: a line break in it (CR, LF, CRLF, or Unicode's line and paragraph separators) becomes ", ".
 * The ics package escapes LF but passed a bare CR through, which several calendar readers take as the end of the
 * line, so a venue could have written its own properties into the feed (break 41 F6).
 */
const oneLine = (text: string) => text.split(/[\r\n\v\f\u0085\u2028\u2029]+/).map((part) => part.trim()).filter(Boolean).join(', ')

/** RFC 5545 §3.1: a content line is at most 75 octets, not counting the CRLF. */
const MAX_OCTETS = 75
const encoder = new TextEncoder()

/**
 * Folds one unfolded content line into pieces of at most 75 UTF-8 octets, each continuation starting with a
 * space (which counts towards its 75), and never splitting a character: the `ics` package folds by UTF-16
 * characters, so a line of Welsh text (ŵ, ŷ, â are two octets each) came out longer than the RFC allows (issue 16 item 13).
 */
export function foldLine(line: string): string[] {
  const pieces: string[] = []
  let piece = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    if (octets + size > MAX_OCTETS) {
      pieces.push(piece)
      piece = ' '
      octets = 1
    }
    piece += char
    octets += size
  }
  pieces.push(piece)
  return pieces
}

/** Unfolds whatever folding the package did and folds every line again by octets. */
function refold(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n')
  const last = lines.pop()
  return [...lines.flatMap(foldLine), last].join('\r\n')
}
