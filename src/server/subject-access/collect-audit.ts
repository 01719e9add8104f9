import 'server-only'
import type { Tx } from '../db'
import { toRow } from './bundle-row'
import type { Sections } from './bundle.types'

/**
 * Who viewed or changed the record, and why (issue 17; DPA 2018 s.62 logs): every audit event about the person,
 * oldest first, with the actor's roles and the reason they gave. Session ids and event details stay out: they
 * describe the system, not the person.
 */
export async function collectAudit(tx: Tx, offenderId: string): Promise<Partial<Sections>> {
  const events = await tx.auditEvent.findMany({
    where: { offenderId },
    select: { id: true, occurredAt: true, actorUserId: true, actorAgencyId: true, actorRoles: true, action: true, subjectType: true, reason: true },
    orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
  })
  return { recordAudit: events.map((e) => toRow(e)) }
}
