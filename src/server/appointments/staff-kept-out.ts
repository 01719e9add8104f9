import 'server-only'
import type { Tx } from '../db'
import { staffMaySee } from '../policy'

/** A coming appointment whose staff member the person's Limited Access lists keep out: its id, start and who. */
export type TAppointmentKeptOut = { contactId: string; startsAt: Date; staffId: string; staffName: string }

/**
 * The person's coming appointments — in the future, neither cancelled nor with an outcome recorded — whose staff
 * member the person's Limited Access lists keep out now: the diary no longer shows them the appointment, so nobody
 * would attend it. Read before and after a change of the lists in one transaction, it says which appointments the
 * change leaves without their staff member (break 65 F5: excluding an officer said nothing of their appointments).
 * Input: the transaction, the person's offender id. Output: the appointments, soonest first.
 */
export async function appointmentStaffKeptOut(tx: Pick<Tx, 'contact' | 'accessRestriction'>, offenderId: string): Promise<TAppointmentKeptOut[]> {
  const coming = await tx.contact.findMany({
    where: { offenderId, staffId: { not: null }, appointmentType: { not: null }, occurredAt: { gt: new Date() }, cancelledAt: null, outcomeRecordedAt: null },
    select: { id: true, occurredAt: true, staff: { select: { id: true, name: true } } },
    orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
  })
  if (!coming.length) return []
  const lists = await tx.accessRestriction.findMany({ where: { offenderId }, select: { kind: true, userId: true } })
  return coming.flatMap(({ id, occurredAt, staff }) => (staff && !staffMaySee(staff.id, lists) ? [{ contactId: id, startsAt: occurredAt, staffId: staff.id, staffName: staff.name }] : []))
}

/** The appointments of `after` not in `before` (by appointment): those a change of the lists has just left unattended. */
export const newlyUnattended = (before: TAppointmentKeptOut[], after: TAppointmentKeptOut[]) => after.filter((a) => !before.some((b) => b.contactId === a.contactId))
