import 'server-only'
import type { Tx } from '../db'
import { toRow } from './bundle-row'
import type { Sections } from './bundle.types'

/**
 * Who viewed or changed the record, and why (issue 17; DPA 2018 s.62 logs): every audit event about the person,
 * oldest first, with the actor's roles and the reason they gave. Session ids and event details stay out: they
 * describe the system, not the person. Reasons for Limited Access list changes are marked for redaction review.
 */
export async function collectAudit(tx: Tx, offenderId: string): Promise<Partial<Sections>> {
  const events = await tx.auditEvent.findMany({
    where: { offenderId },
    select: { id: true, occurredAt: true, actorUserId: true, actorAgencyId: true, actorRoles: true, action: true, subjectType: true, reason: true },
    orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
  })
  // A change to the Limited Access lists gives a reason that says who on the staff knows the person and how (sec19b,
  // issue 17): marked for review so it is not sent to the person unread.
  return { recordAudit: events.map((e) => toRow(e, [e.action.startsWith('offender.access.') && e.reason ? 'THIRD_PARTY_NAME' : null])) }
}
