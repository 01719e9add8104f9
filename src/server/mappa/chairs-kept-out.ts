import 'server-only'
import type { Tx } from '../db'
import { isLimitedFor } from '../policy'

/** A coming MAPPA meeting whose chair the person's Limited Access lists keep out: its id, start and the chair. */
export type TChairKeptOut = { meetingId: string; startsAt: Date; chairId: string; chairName: string }

/**
 * The coming MAPPA meetings — scheduled or published, not approved or cancelled — with this person on the agenda and
 * not yet heard (listed, nothing recorded), whose chair the person's Limited Access lists keep out now: that chair sees
 * the item as a restricted record and cannot hear it. Read before and after a change of the lists in one transaction,
 * it says which meetings the change leaves without a chair for the item (walk 34 O4: excluding a chair said nothing).
 * Input: the transaction, the person's offender id. Output: the meetings, soonest first.
 */
export async function chairsKeptOut(tx: Pick<Tx, 'mappaAgendaItem' | 'accessRestriction'>, offenderId: string): Promise<TChairKeptOut[]> {
  const items = await tx.mappaAgendaItem.findMany({
    where: { offenderId, status: 'LISTED', recordedAt: null, meeting: { status: { in: ['SCHEDULED', 'PUBLISHED'] } } },
    select: { meeting: { select: { id: true, startsAt: true, chair: { select: { id: true, name: true } } } } },
    orderBy: { meeting: { startsAt: 'asc' } },
  })
  if (!items.length) return []
  const lists = await tx.accessRestriction.findMany({ where: { offenderId }, select: { kind: true, userId: true } })
  return items.filter((i) => isLimitedFor({ userId: i.meeting.chair.id }, lists)).map(({ meeting: m }) => ({ meetingId: m.id, startsAt: m.startsAt, chairId: m.chair.id, chairName: m.chair.name }))
}

/** The meetings of `after` not in `before` (by meeting): those a change of the lists has just left without their chair. */
export const newlyChairless = (before: TChairKeptOut[], after: TChairKeptOut[]) => after.filter((a) => !before.some((b) => b.meetingId === a.meetingId))
