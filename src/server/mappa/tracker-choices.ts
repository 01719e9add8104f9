import 'server-only'
import { prisma } from '../db'
import { authorize, laoVisible, type Actor } from '../policy'
import { areaOf } from './nominals'

/**
 * What the tracker's filters offer (issue 16 item 6): the agencies and named people owning the area's actions, its
 * meetings that have actions (latest first) and its serious case reviews. A review of a person the reader may not see
 * (limited access) is not offered, as its label would name them.
 * @throws FORBIDDEN without mappa.manage or a MAPPA area
 */
export async function getTrackerChoices(actor: Actor) {
  authorize(actor, 'mappa.manage')
  const area = areaOf(actor)
  const [agencies, owners, meetings, reviews] = await Promise.all([
    prisma.agency.findMany({
      where: { OR: [{ mappaActions: { some: { meeting: { area } } } }, { mappaReviewActions: { some: { review: { area } } } }] },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, nameCy: true },
    }),
    prisma.user.findMany({ where: { mappaActionsOwned: { some: { meeting: { area } } } }, orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true } }),
    prisma.mappaMeeting.findMany({ where: { area, actions: { some: {} } }, orderBy: [{ startsAt: 'desc' }, { id: 'asc' }], take: 100, select: { id: true, level: true, startsAt: true } }),
    prisma.mappaSeriousCaseReview.findMany({
      where: { area, offender: laoVisible(actor) },
      orderBy: [{ offenceDate: 'desc' }, { id: 'asc' }],
      take: 100,
      select: { id: true, offenceDate: true, offender: { select: { crn: true, firstName: true, lastName: true } } },
    }),
  ])
  return { agencies, owners, meetings, reviews }
}
