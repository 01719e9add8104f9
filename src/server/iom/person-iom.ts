import 'server-only'
import { whenMissing } from '../missing-record'
import { londonToday } from '../../lib/dates'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { notFound } from '../errors'
import { personHeading } from '../offenders/person-heading'
import { authorize, type Actor } from '../policy'
import { cohortOfRegion, iomPersonVisible } from '../policy/iom-scopes'
import { reviewState } from './review-cadence'

/**
 * A person's IOM record for the cohorts of the actor's force area: each membership with its leads, RAG, review,
 * joint plan, flags and history, and the panel decisions about them. Reached by people in the actor's ordinary
 * scope and by current members of their area's cohorts (policy/iom-scopes.ts). Police intelligence is not here:
 * it has its own police-only read (intelligence.ts).
 */
export async function getPersonIom(actor: Actor, offenderId: string) {
  authorize(actor, 'iom.read')
  const inArea = { cohort: cohortOfRegion(actor) }
  const person = await prisma.offender
    .findFirst({
      where: { AND: [{ id: offenderId }, iomPersonVisible(actor)] },
      select: {
        ...personHeading,
        iomMemberships: {
          where: inArea,
          orderBy: { selectedOn: 'desc' },
          include: {
            cohort: { select: { id: true, name: true, nameCy: true, strand: true, reviewEveryWeeks: true } },
            policeLead: { select: { id: true, name: true } },
            probationLead: { select: { id: true, name: true } },
            events: { orderBy: [{ at: 'desc' }, { id: 'desc' }], take: 100 },
          },
        },
        iomDecisions: { where: inArea, orderBy: { decidedAt: 'desc' }, take: 20, include: { cohort: { select: { name: true, nameCy: true } } } },
      },
    })
    .catch(whenMissing(null))
  if (!person) throw notFound()
  // Who wrote each history entry and decision, in one query rather than one per entry.
  const authorIds = new Set([...person.iomMemberships.flatMap((m) => m.events.map((e) => e.byId)), ...person.iomDecisions.map((d) => d.decidedById)])
  const authors = new Map((await prisma.user.findMany({ where: { id: { in: [...authorIds] } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]))
  await recordAudit(prisma, actor, { action: 'iom.person.view', subjectType: 'Offender', subjectId: offenderId, offenderId })
  const today = londonToday()
  return {
    ...person,
    iomMemberships: person.iomMemberships.map((m) => ({
      ...m,
      review: reviewState(m.nextReviewOn, today),
      events: m.events.map(({ id, ...e }) => ({ ...e, id: String(id), by: authors.get(e.byId) ?? '' })),
    })),
    iomDecisions: person.iomDecisions.map((d) => ({ ...d, by: authors.get(d.decidedById) ?? '' })),
  }
}
