import 'server-only'
import { londonDay, londonLocalToDate } from '../../lib/dates'
import { invalid } from '../errors'
import { ZMeetingClose } from './minutes-record.schemas'
import { meetingStep } from './run-meeting'

/**
 * The close of the meeting for the minutes (issue 16 item 3): who took them and when the meeting ended, a London
 * time on the meeting's day, after its start, not before the statement or an item recorded that day, and not in the
 * future (issue 16 MAPPA fix item 1, fix16b item 2). Errors: `endTime` timeNotInLondon, endBeforeStart,
 * endBeforeStatement, endBeforeRecordedItem, endInFuture. Refused once the minutes are approved, like every step.
 */
export const recordMeetingClose = meetingStep(ZMeetingClose, 'mappa.meeting.close', async (tx, _actor, meeting, { minuteTaker, endTime }) => {
  const endedAt = londonLocalToDate(`${londonDay(meeting.startsAt)}T${endTime}`)
  if (!endedAt) throw invalid('endTime', 'timeNotInLondon')
  if (endedAt <= meeting.startsAt) throw invalid('endTime', 'endBeforeStart')
  // The minutes' timeline must be possible: the meeting cannot end before the statement was read to it, nor before an
  // item was recorded in it (fix16b item 2). Items recorded on a later London day were typed up from paper afterwards
  // and say nothing about when the meeting ended.
  if (meeting.statementAt && endedAt < meeting.statementAt) throw invalid('endTime', 'endBeforeStatement')
  const lastItem = await tx.mappaAgendaItem.findFirst({ where: { meetingId: meeting.id, recordedAt: { not: null } }, orderBy: { recordedAt: 'desc' }, select: { recordedAt: true } })
  if (lastItem?.recordedAt && londonDay(lastItem.recordedAt) === londonDay(meeting.startsAt) && endedAt < lastItem.recordedAt) throw invalid('endTime', 'endBeforeRecordedItem')
  // The close records a meeting that has ended: an end time still to come is a typing slip (issue 16 MAPPA fix item 1).
  if (endedAt.getTime() > Date.now()) throw invalid('endTime', 'endInFuture')
  await tx.mappaMeeting.update({ where: { id: meeting.id }, data: { minuteTaker, endedAt } })
  return { result: {}, audit: { detail: { minuteTaker, endedAt: endedAt.toISOString() } } }
})
