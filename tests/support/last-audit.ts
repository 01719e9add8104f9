import { prisma } from '../../src/server/db'
import type { Actor } from '../../src/server/policy'

/**
 * The newest audit row of one action by this actor, with the fields a read's audit is compared on: for the tests that
 * hold an SQL read and its audit row equal to the general Prisma path (issue 18). Output: the row or null.
 */
export const lastAudit = (actor: Actor, action: string) =>
  prisma.auditEvent.findFirst({
    where: { actorUserId: actor.userId, action },
    orderBy: { id: 'desc' },
    select: { action: true, subjectType: true, subjectId: true, offenderId: true, actorAgencyId: true, actorRoles: true, detail: true, correlationId: true },
  })
