import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../db'
import { keysetPage, type KeyColumn } from '../paging/keyset'

export const AUDIT_PAGE_SIZE = 50

// Newest first; many events share a timestamp (one transaction, one now()), so the unique id breaks ties.
const columns: KeyColumn<'occurredAt' | 'id'>[] = [
  { key: 'occurredAt', dir: 'desc' },
  { key: 'id', dir: 'desc' },
]

/** Names and agencies of the staff in a page of events, in one query. */
async function actorsOf(ids: (string | null)[]) {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))]
  const users = await prisma.user.findMany({
    where: { id: { in: unique } },
    select: { id: true, name: true, email: true, agency: { select: { name: true, nameCy: true } } },
  })
  return new Map(users.map((u) => [u.id, { name: u.name, email: u.email, agency: u.agency }]))
}

/**
 * One keyset page of audit events matching `where`, newest first (issue 15 item 8): reading a page writes an audit
 * event, and events share timestamps, so offset pages repeated and skipped rows. The boundary event is looked up
 * inside `where`, so a cursor cannot reach events outside the list.
 * @param q.after / q.before the id of the event the page starts after / ends before
 * @returns the total, the page's events with their actor's name and agency, and the neighbours' cursors
 */
export async function auditEventPage(where: Prisma.AuditEventWhereInput, q: { after?: bigint; before?: bigint }) {
  const cursor = q.after ?? q.before
  const boundary = cursor === undefined ? null : await prisma.auditEvent.findFirst({ where: { AND: [where, { id: cursor }] }, select: { occurredAt: true, id: true } })
  const [total, page] = await Promise.all([
    prisma.auditEvent.count({ where }),
    keysetPage({
      columns,
      boundary,
      backwards: q.before !== undefined,
      size: AUDIT_PAGE_SIZE,
      find: ({ after, orderBy, take }) => prisma.auditEvent.findMany({ where: after ? { AND: [where, after as Prisma.AuditEventWhereInput] } : where, orderBy, take }),
    }),
  ])
  const people = await actorsOf(page.rows.map((e) => e.actorUserId))
  return {
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    hasNext: page.hasNext,
    hasPrevious: page.hasPrevious,
    firstId: page.rows[0]?.id.toString(),
    lastId: page.rows.at(-1)?.id.toString(),
    events: page.rows.map((e) => ({ ...e, id: e.id.toString(), actor: e.actorUserId ? (people.get(e.actorUserId) ?? null) : null })),
  }
}
