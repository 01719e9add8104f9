import 'server-only'
import { londonDay, londonLocalToDate } from '../../lib/dates'
import { invalid } from '../errors'
import { ZMeetingClose } from './minutes-record.schemas'
import { meetingStep, refuseUnpublishedAgenda } from './run-meeting'

/**
 * The close of the meeting for the minutes (issue 16 item 3): who took them and when the meeting ended, a London
 * time on the meeting's day, strictly after its start, the statement and the time any nominal was discussed, and not
 * in the future (issue 16 MAPPA fix item 1, fix16b item 2, left item 1). Errors: `endTime` timeNotInLondon,
 * endBeforeStart, endBeforeStatement, endBeforeDiscussedItem, endInFuture. Refused once the minutes are approved, like every step.
 */
export const recordMeetingClose = meetingStep(ZMeetingClose, 'mappa.meeting.close', async (tx, _actor, meeting, { minuteTaker, endTime }) => {
  await refuseUnpublishedAgenda(tx, meeting)
  const endedAt = londonLocalToDate(`${londonDay(meeting.startsAt)}T${endTime}`)
  if (!endedAt) throw invalid('endTime', 'timeNotInLondon')
  if (endedAt <= meeting.startsAt) throw invalid('endTime', 'endBeforeStart')
  // The minutes' timeline must be possible: the meeting cannot end before the statement was read to it, nor before a
  // nominal was discussed (fix16b item 2; issue 16, left item 1). When an item was typed (recordedAt) says nothing
  // about the end: minutes are often written up after the meeting.
  // Strictly after (re-walk of issue 16, D1): an item discussed from 10:40 is not in a meeting that ended at 10:40.
  if (meeting.statementAt && endedAt <= meeting.statementAt) throw invalid('endTime', 'endBeforeStatement')
  const lastDiscussed = await tx.mappaAgendaItem.findFirst({ where: { meetingId: meeting.id, discussedAt: { not: null } }, orderBy: { discussedAt: 'desc' }, select: { discussedAt: true } })
  if (lastDiscussed?.discussedAt && endedAt <= lastDiscussed.discussedAt) throw invalid('endTime', 'endBeforeDiscussedItem')
  // The close records a meeting that has ended: an end time still to come is a typing slip (issue 16 MAPPA fix item 1).
  if (endedAt.getTime() > Date.now()) throw invalid('endTime', 'endInFuture')
  await tx.mappaMeeting.update({ where: { id: meeting.id }, data: { minuteTaker, endedAt } })
  return { result: {}, audit: { detail: { minuteTaker, endedAt: endedAt.toISOString() } } }
})
