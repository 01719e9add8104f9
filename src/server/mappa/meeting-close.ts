import 'server-only'
import { londonDay, londonLocalToDate } from '../../lib/dates'
import { invalid } from '../errors'
import { ZMeetingClose } from './minutes-record.schemas'
import { meetingStep } from './run-meeting'

/**
 * The close of the meeting for the minutes (issue 16 item 3): who took them and when the meeting ended, a London
 * time on the meeting's day and after its start. Refused once the minutes are approved, like every step.
 */
export const recordMeetingClose = meetingStep(ZMeetingClose, 'mappa.meeting.close', async (tx, _actor, meeting, { minuteTaker, endTime }) => {
  const endedAt = londonLocalToDate(`${londonDay(meeting.startsAt)}T${endTime}`)
  if (!endedAt) throw invalid('endTime', 'timeNotInLondon')
  if (endedAt <= meeting.startsAt) throw invalid('endTime', 'endBeforeStart')
  await tx.mappaMeeting.update({ where: { id: meeting.id }, data: { minuteTaker, endedAt } })
  return { result: {}, audit: { detail: { minuteTaker, endedAt: endedAt.toISOString() } } }
})
