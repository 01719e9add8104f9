import 'server-only'
import { z } from 'zod'
import { prisma } from '../db'
import { notFound } from '../errors'
import { keysetParams, ZBigIntId } from '../paging/keyset.schemas'
import { authorize, recordAuditScope, type Actor } from '../policy'
import { auditEventPage } from './audit-page'
import { recordAudit } from './record-audit'

const ZQuery = z.object({ offenderId: z.uuid(), ...keysetParams(ZBigIntId) })

/**
 * "Who looked at this person's record, and why" on one screen (security.md LG-3, issue 15 item 11). Only the case's
 * offender manager and the seniors of its team may read it (recordAuditScope, docs/decisions/0009); anyone else,
 * and a person who does not exist, gets NOT_FOUND. Reading the log is itself audited. Keyset pages (item 8).
 * @param input { offenderId, after?, before?, page? }
 */
export async function findOffenderAudit(actor: Actor, input: unknown) {
  authorize(actor, 'audit.readRecord')
  const parsed = ZQuery.safeParse(input)
  if (!parsed.success) throw notFound()
  const { offenderId, after, before, page } = parsed.data
  const offender = await prisma.offender.findFirst({
    where: { AND: [{ id: offenderId }, recordAuditScope(actor)] },
    select: { id: true, crn: true, firstName: true, lastName: true },
  })
  if (!offender) throw notFound()
  const events = await auditEventPage({ offenderId }, { after, before })
  await recordAudit(prisma, actor, { action: 'audit.view', subjectType: 'Offender', subjectId: offenderId, offenderId })
  return {
    offender,
    page,
    ...events,
    events: events.events.map((e) => ({ id: e.id, occurredAt: e.occurredAt, action: e.action, reason: e.reason, roles: e.actorRoles, actor: e.actor })),
  }
}
