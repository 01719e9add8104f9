import 'server-only'
import type { Tx } from '../db'
import { meetingStage, type MeetingStage, type StageFacts } from './meeting-stage'

type Meeting = { id: string } & Omit<StageFacts, 'recordedItems'>

/**
 * Each meeting's stage by meetingStage, counting its recorded agenda items in one query (lists and pages that do not
 * load every item). Input: meetings with id, status, statementAt and endedAt. Output: meeting id → MeetingStage.
 */
export async function stagesOf(db: Pick<Tx, 'mappaAgendaItem'>, meetings: Meeting[]): Promise<Map<string, MeetingStage>> {
  const open = meetings.filter((m) => m.status === 'SCHEDULED' || m.status === 'PUBLISHED').map((m) => m.id)
  const recorded = open.length
    ? await db.mappaAgendaItem.groupBy({ by: ['meetingId'], where: { meetingId: { in: open }, recordedAt: { not: null } }, _count: { _all: true } })
    : []
  const counts = new Map(recorded.map((r) => [r.meetingId, r._count._all]))
  return new Map(meetings.map((m) => [m.id, meetingStage({ ...m, recordedItems: counts.get(m.id) ?? 0 })]))
}

/** stagesOf for a list: each meeting with its `stage`. */
export async function withStages<T extends Meeting>(db: Pick<Tx, 'mappaAgendaItem'>, meetings: T[]): Promise<(T & { stage: MeetingStage })[]> {
  const stages = await stagesOf(db, meetings)
  return meetings.map((m) => ({ ...m, stage: stages.get(m.id)! }))
}
