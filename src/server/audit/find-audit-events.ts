import 'server-only'
import { z } from 'zod'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../db'
import { authorize, type Actor } from '../policy'
import { actorsOf, AUDIT_PAGE_SIZE } from './find-offender-audit'
import { recordAudit } from './record-audit'

export const ZAuditSearch = z.object({
  email: z.string().trim().toLowerCase().max(254).optional().transform((v) => v || undefined),
  action: z.string().trim().max(80).optional().transform((v) => v || undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
})

/**
 * The operator's view of the whole log: who did what and when, by record id only. Administrators hold no
 * case data (domain.md), so no names of people under supervision appear here.
 */
export async function findAuditEvents(actor: Actor, input: unknown) {
  authorize(actor, 'audit.read')
  authorize(actor, 'user.manage')
  const query = ZAuditSearch.parse(input)
  const user = query.email ? await prisma.user.findUnique({ where: { email: query.email }, select: { id: true } }) : null
  const where: Prisma.AuditEventWhereInput = {
    ...(query.email ? { actorUserId: user?.id ?? '00000000-0000-0000-0000-000000000000' } : {}),
    ...(query.action ? { action: { startsWith: query.action } } : {}),
  }
  const [total, events] = await Promise.all([
    prisma.auditEvent.count({ where }),
    prisma.auditEvent.findMany({ where, orderBy: { occurredAt: 'desc' }, skip: (query.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
  ])
  const people = await actorsOf(events.map((e) => e.actorUserId))
  await recordAudit(prisma, actor, { action: 'audit.search', subjectType: 'AuditEvent', detail: { email: query.email ?? null, action: query.action ?? null } })
  return {
    query,
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    events: events.map((e) => ({
      id: e.id.toString(),
      occurredAt: e.occurredAt,
      action: e.action,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      offenderId: e.offenderId,
      actor: e.actorUserId ? (people.get(e.actorUserId) ?? null) : null,
    })),
  }
}
