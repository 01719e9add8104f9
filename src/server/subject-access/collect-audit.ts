import 'server-only'
import type { Tx } from '../db'
import { toRow } from './bundle-row'
import type { Sections } from './bundle.types'

/**
 * Who viewed or changed the record, and why (issue 17; DPA 2018 s.62 logs): every audit event about the person,
 * oldest first, with the actor's roles and the reason they gave. Session ids and event details stay out: they
 * describe the system, not the person. Reasons for Limited Access list changes and for break-glass openings are
 * marked for redaction review.
 */
export async function collectAudit(tx: Tx, offenderId: string): Promise<Partial<Sections>> {
  const events = await tx.auditEvent.findMany({
    where: { offenderId },
    select: { id: true, occurredAt: true, actorUserId: true, actorAgencyId: true, actorRoles: true, action: true, subjectType: true, reason: true },
    orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
  })
  // A change to the Limited Access lists gives a reason that says who on the staff knows the person and how (sec19b,
  // issue 17), and a break-glass reason says who asked for the record (break 50 F4): marked for review so neither is
  // sent to the person unread.
  const namesOthers = (e: { action: string; reason: string | null }) => Boolean(e.reason) && (e.action.startsWith('offender.access.') || e.action === 'offender.breakGlass')
  return { recordAudit: events.map((e) => toRow(e, [namesOthers(e) ? 'THIRD_PARTY_NAME' : null])) }
}
