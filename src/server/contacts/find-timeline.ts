import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { londonMidnight as londonDay } from '../../lib/dates'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { notFound } from '../errors'
import { authorize, can, offenderVisible, type Actor } from '../policy'
import { contactSelect } from '../offenders/offender-record.select'
import { ZTimelineQuery, type TTimelineQuery } from './timeline.schemas'

export const TIMELINE_PAGE = 50

// The filter's dates are the user's London days, not UTC's.
function filters(q: TTimelineQuery): Prisma.ContactWhereInput[] {
  const out: Prisma.ContactWhereInput[] = []
  if (q.type) out.push({ type: q.type })
  if (q.from) out.push({ occurredAt: { gte: londonDay(q.from) } })
  if (q.to) out.push({ occurredAt: { lt: londonDay(q.to, 1) } })
  if (q.agencyId) out.push({ authorAgencyId: q.agencyId })
  if (q.compliance) out.push(q.compliance === 'ENFORCEMENT' ? { outcome: { in: ['WARNING', 'BREACH', 'RECALL'] } } : { outcome: q.compliance })
  if (q.q) out.push({ notes: { contains: q.q, mode: 'insensitive' } })
  if (q.before) {
    const [at, id] = q.before.split('_') as [string, string]
    out.push({ OR: [{ occurredAt: { lt: new Date(at) } }, { occurredAt: new Date(at), id: { lt: id } }] })
  }
  return out
}

/** The whole contact timeline of one person, from every agency, filtered and paged by keyset (newest first). */
export async function findTimeline(actor: Actor, input: unknown) {
  authorize(actor, 'offender.read')
  const query = ZTimelineQuery.parse(input)
  const offender = await prisma.offender.findFirst({
    where: { AND: [{ id: query.offenderId }, offenderVisible(actor)] },
    select: { id: true, crn: true, firstName: true, lastName: true },
  })
  if (!offender) throw notFound()
  // Field scope (security.md AC-4): sensitive entries never leave the database for roles without the grant.
  const base: Prisma.ContactWhereInput = { offenderId: offender.id, ...(can(actor, 'contact.readSensitive') ? {} : { isSensitive: false }) }
  const [entries, agencies] = await Promise.all([
    prisma.contact.findMany({
      where: { AND: [base, ...filters(query)] },
      orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
      take: TIMELINE_PAGE + 1,
      select: contactSelect,
    }),
    prisma.agency.findMany({ where: { authoredContacts: { some: base } }, select: { id: true, name: true, nameCy: true }, orderBy: { name: 'asc' } }),
  ])
  await recordAudit(prisma, actor, { action: 'timeline.view', subjectType: 'Offender', subjectId: offender.id, offenderId: offender.id, detail: { filters: { ...query, offenderId: undefined } } })
  const page = entries.slice(0, TIMELINE_PAGE)
  const last = page.at(-1)
  return { offender, query, agencies, entries: page, nextBefore: entries.length > TIMELINE_PAGE && last ? `${last.occurredAt.toISOString()}_${last.id}` : null }
}
