import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { recordAudit, type AuditEntry } from '../audit/record-audit'
import { prisma } from '../db'
import type { Actor } from '../policy'
import { lastContacts } from './last-contacts'
import { offenderRowSelect, toOffenderRow } from './offender.select'
import { PAGE_SIZE } from './offender.schemas'

/**
 * One page of people as list rows (caseload, search): the caller's `where` must already hold the scope.
 * Counts and rows come from the same `where`, so a redacted person is counted exactly as they are listed.
 */
export async function listOffenderRows(
  actor: Actor,
  q: { where: Prisma.OffenderWhereInput; orderBy: Prisma.OffenderOrderByWithRelationInput[]; page: number; audit: (total: number) => AuditEntry },
) {
  const now = new Date()
  const [total, rows] = await Promise.all([
    prisma.offender.count({ where: q.where }),
    prisma.offender.findMany({ where: q.where, select: offenderRowSelect(actor, now), orderBy: q.orderBy, skip: (q.page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
  ])
  const last = await lastContacts(prisma, rows.map((r) => r.id), now)
  await recordAudit(prisma, actor, q.audit(total))
  return { total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), rows: rows.map((r) => toOffenderRow(actor, r, last.get(r.id) ?? null)) }
}
