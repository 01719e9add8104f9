import 'server-only'
import { z } from 'zod'
import type { Prisma } from '../../generated/prisma/client'
import { escapeLike } from '../../lib/literal-search'
import { prisma } from '../db'
import { filterQuery } from '../filter-query'
import { keysetParams, ZBigIntId } from '../paging/keyset.schemas'
import { authorize, type Actor } from '../policy'
import { auditEventPage } from './audit-page'
import { recordAudit } from './record-audit'
import { CRN_FORMAT, searchText, trimmedText } from '../zod-fields'

const blank = (v: string | undefined) => v || undefined

export const ZAuditSearch = filterQuery({
  email: trimmedText().toLowerCase().max(254).optional().transform(blank),
  // Issue 15 item 11: the operator answers "who looked at W123456?" by CRN, without seeing the person's name.
  crn: searchText().toUpperCase().optional().transform(blank).pipe(z.string().regex(CRN_FORMAT, 'invalidCrn').optional()),
  action: trimmedText().max(80).optional().transform(blank),
  ...keysetParams(ZBigIntId),
})

// Matches no event: a filter naming an unknown user or CRN finds nothing (rather than being ignored).
const NO_ONE = '00000000-0000-0000-0000-000000000000'

/**
 * The operator's view of the whole log: who did what and when, by record id only. Administrators hold no case data
 * (domain.md), so no names of people under supervision appear here. Filters: the user (email), the person (CRN),
 * an action prefix (literal, issue 15 item 5). Keyset pages (item 8).
 * @throws ZodError on a malformed CRN, over-long or control-character filters (the page shows the field messages)
 */
export async function findAuditEvents(actor: Actor, input: unknown) {
  authorize(actor, 'audit.read')
  authorize(actor, 'user.manage')
  const query = ZAuditSearch.parse(input)
  const [user, person] = await Promise.all([
    query.email ? prisma.user.findUnique({ where: { email: query.email }, select: { id: true } }) : null,
    query.crn ? prisma.offender.findUnique({ where: { crn: query.crn }, select: { id: true } }) : null,
  ])
  const where: Prisma.AuditEventWhereInput = {
    ...(query.email ? { actorUserId: user?.id ?? NO_ONE } : {}),
    ...(query.crn ? { offenderId: person?.id ?? NO_ONE } : {}),
    ...(query.action ? { action: { startsWith: escapeLike(query.action) } } : {}),
  }
  const page = await auditEventPage(where, query)
  await recordAudit(prisma, actor, { action: 'audit.search', subjectType: 'AuditEvent', detail: { email: query.email ?? null, crn: query.crn ?? null, action: query.action ?? null } })
  return {
    query,
    ...page,
    events: page.events.map((e) => ({ id: e.id, occurredAt: e.occurredAt, action: e.action, subjectType: e.subjectType, subjectId: e.subjectId, offenderId: e.offenderId, actor: e.actor })),
  }
}
