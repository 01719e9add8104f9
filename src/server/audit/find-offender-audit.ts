import 'server-only'
import { z } from 'zod'
import { prisma } from '../db'
import { notFound } from '../errors'
import { authorize, offenderVisible, type Actor } from '../policy'
import { recordAudit } from './record-audit'

export const AUDIT_PAGE_SIZE = 50
const ZQuery = z.object({ offenderId: z.uuid(), page: z.coerce.number().int().min(1).max(10_000).default(1) })

/**
 * "Who looked at this person's record, and why" on one screen (security.md LG-3). The person must be in
 * the reader's own scope, and reading the log is itself audited.
 */
export async function findOffenderAudit(actor: Actor, input: unknown) {
  authorize(actor, 'audit.read')
  const parsed = ZQuery.safeParse(input)
  if (!parsed.success) throw notFound()
  const { offenderId, page } = parsed.data
  const offender = await prisma.offender.findFirst({
    where: { AND: [{ id: offenderId }, offenderVisible(actor)] },
    select: { id: true, crn: true, firstName: true, lastName: true },
  })
  if (!offender) throw notFound()
  const where = { offenderId }
  const [total, events] = await Promise.all([
    prisma.auditEvent.count({ where }),
    prisma.auditEvent.findMany({ where, orderBy: { occurredAt: 'desc' }, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
  ])
  const people = await actorsOf(events.map((e) => e.actorUserId))
  await recordAudit(prisma, actor, { action: 'audit.view', subjectType: 'Offender', subjectId: offenderId, offenderId })
  return {
    offender,
    total,
    page,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    events: events.map((e) => ({
      id: e.id.toString(),
      occurredAt: e.occurredAt,
      action: e.action,
      reason: e.reason,
      roles: e.actorRoles,
      actor: e.actorUserId ? (people.get(e.actorUserId) ?? null) : null,
    })),
  }
}

/** Names and agencies of the staff in a page of events, in one query. */
export async function actorsOf(ids: (string | null)[]) {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))]
  const users = await prisma.user.findMany({
    where: { id: { in: unique } },
    select: { id: true, name: true, email: true, agency: { select: { name: true, nameCy: true } } },
  })
  return new Map(users.map((u) => [u.id, { name: u.name, email: u.email, agency: u.agency }]))
}
