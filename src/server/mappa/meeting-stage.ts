import type { MappaMeetingStatus } from '../../generated/prisma/enums'

/**
 * Where a MAPPA meeting is, as every screen and the minutes PDF name it. `HELD`: the meeting has taken place (the
 * statement was read, a nominal was recorded or the close was recorded) and its minutes are still a draft.
 */
export const meetingStages = ['SCHEDULED', 'PUBLISHED', 'HELD', 'FINALISED', 'CANCELLED'] as const
export type MeetingStage = (typeof meetingStages)[number]

/** What meetingStage reads: the meeting's status and timestamps, and how many of its agenda items are recorded. */
export type StageFacts = { status: MappaMeetingStatus; statementAt: Date | null; endedAt: Date | null; recordedItems: number }

/**
 * The one rule deriving a meeting's stage (walk-through D3 of issue 16: a held meeting whose minutes were not approved
 * showed "Agenda published" in the draft minutes PDF and "Scheduled" on the chair's home). Approved or cancelled
 * meetings keep their status; an open one that has been held is `HELD` whatever its agenda's status.
 * Input: StageFacts. Output: a MeetingStage (catalogue `enums.meetingStage.<stage>`). Errors: none.
 */
export function meetingStage(m: StageFacts): MeetingStage {
  if (m.status === 'FINALISED' || m.status === 'CANCELLED') return m.status
  return m.statementAt || m.endedAt || m.recordedItems > 0 ? 'HELD' : m.status
}
