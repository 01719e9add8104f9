import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { notFound } from '../errors'
import { authorize, can, offenderVisible, offenderWritable, type Actor } from '../policy'
import { ZTimelineQuery } from './timeline.schemas'
import { timelineContacts } from './timeline-contacts'
import { newestFirst, timelineConvictions, timelineSentenceEvents } from './timeline-sources'

export const TIMELINE_PAGE = 50

/**
 * The whole timeline of one person, from every agency: contacts, sentence events and further convictions, filtered
 * and paged by keyset (newest first on occurredAt, id). Each source is read with the same bound and one row more
 * than a page; the merged first page of the three is the next page of their union, so nothing repeats or is skipped.
 */
export async function findTimeline(actor: Actor, input: unknown) {
  authorize(actor, 'offender.read')
  const query = ZTimelineQuery.parse(input)
  const offender = await prisma.offender.findFirst({
    where: { AND: [{ id: query.offenderId }, offenderVisible(actor)] },
    select: { id: true, crn: true, firstName: true, lastName: true },
  })
  if (!offender) throw notFound()
  // Field scope (security.md AC-4): sensitive entries never leave the database for roles without the grant.
  const sensitive = can(actor, 'contact.readSensitive')
  const base: Prisma.ContactWhereInput = { offenderId: offender.id, ...(sensitive ? {} : { isSensitive: false }) }
  const take = TIMELINE_PAGE + 1
  // Once the person is known to be visible, every source, the agency list and the audit row go in parallel: two
  // round trips in all before the slowest source (issue 18 item 1).
  const [contacts, events, convictions, agencies, writable] = await Promise.all([
    timelineContacts(offender.id, sensitive, query, take),
    timelineSentenceEvents(offender.id, query, take),
    timelineConvictions(offender.id, query, take),
    prisma.agency.findMany({
      where: { OR: [{ authoredContacts: { some: base } }, { provenOffences: { some: { offenderId: offender.id } } }, { users: { some: { sentenceEvents: { some: { offenderId: offender.id } } } } }] },
      select: { id: true, name: true, nameCy: true },
      orderBy: { name: 'asc' },
    }),
    // Whether their own contacts may be edited here: the write scope, never a break-glass opening (walk 53 F3).
    prisma.offender.count({ where: { AND: [{ id: offender.id }, offenderWritable(actor)] } }),
    recordAudit(prisma, actor, { action: 'timeline.view', subjectType: 'Offender', subjectId: offender.id, offenderId: offender.id, detail: { filters: { ...query, offenderId: undefined } } }),
  ])
  const entries = [...contacts, ...events, ...convictions].sort(newestFirst)
  const page = entries.slice(0, TIMELINE_PAGE)
  const last = page.at(-1)
  return { offender, query, agencies, canEdit: writable > 0, entries: page, nextBefore: entries.length > TIMELINE_PAGE && last ? `${last.occurredAt.toISOString()}_${last.id}` : null }
}
