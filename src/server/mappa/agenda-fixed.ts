import 'server-only'
import type { Tx } from '../db'
import { invalid, staleRefusal } from '../errors'
import { meetingStage, type StageFacts } from './meeting-stage'

/**
 * Once a meeting has been held (meetingStage HELD: its statement was read, a nominal was recorded or its close was
 * recorded) its agenda is part of the record of what the meeting discussed, so nothing may join, move or be published
 * any more (re-walk of issue 16, D3: a nominal added after the close blocked approval, "Publish" worked after the
 * meeting). Input: the meeting's id and stage facts (its row already held by the caller). Output: none.
 * Errors: VALIDATION `field` (default `_form`) agendaFixed.
 */
export async function refuseFixedAgenda(tx: Pick<Tx, 'mappaAgendaItem'>, meeting: { id: string } & Omit<StageFacts, 'recordedItems'>, field = '_form'): Promise<void> {
  const recordedItems = await tx.mappaAgendaItem.count({ where: { meetingId: meeting.id, recordedAt: { not: null } } })
  if (meetingStage({ ...meeting, recordedItems }) === 'HELD') throw field === '_form' ? staleRefusal('agendaFixed') : invalid(field, 'agendaFixed')
}
