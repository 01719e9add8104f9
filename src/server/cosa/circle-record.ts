import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { recordAudit, recordAuditEach } from '../audit/record-audit'
import { prisma } from '../db'
import { notFound } from '../errors'
import { authorize, circleWorkable, offenderVisible, signedInVolunteer, volunteerCircleVisible, type Actor } from '../policy'
import { minutesDueAt } from './minutes'
import { partnerAgency } from '../agencies/partner-agency'
import { circleSpan } from './circle-dates'
import { circleHasMet, circleMeetingDates } from './circle-meeting-dates'

const MINUTES_SHOWN = 20

/** Minutes of a circle, newest first, with the author and those present by first name only. */
async function minutesOf(where: Prisma.CircleMinutesWhereInput, take = MINUTES_SHOWN) {
  const rows = await prisma.circleMinutes.findMany({
    where,
    orderBy: { meeting: { startsAt: 'desc' } },
    take,
    select: {
      id: true, coreMemberAttended: true, presentVolunteerIds: true, discussion: true, mood: true, goalsProgress: true, submittedAt: true,
      author: { select: { firstName: true } },
      meeting: { select: { id: true, circleId: true, startsAt: true, endsAt: true } },
    },
  })
  const ids = [...new Set(rows.flatMap((r) => r.presentVolunteerIds))]
  const names = new Map((await prisma.cosaVolunteer.findMany({ where: { id: { in: ids } }, select: { id: true, firstName: true } })).map((v) => [v.id, v.firstName]))
  return rows.map(({ presentVolunteerIds, ...r }) => ({
    ...r,
    present: presentVolunteerIds.map((id) => names.get(id) ?? '—').sort((a, b) => a.localeCompare(b)),
    late: r.submittedAt > minutesDueAt(r.meeting.endsAt),
  }))
}

/** For the coordinator's circle page: goals, outer circle, reviews, questionnaire, minutes and meetings not written up. */
export async function circleRecord(actor: Actor, circleId: string) {
  authorize(actor, 'cosa.manage')
  const circle = await prisma.circle.findFirst({
    where: { id: circleId, ...circleWorkable(actor) },
    select: {
      id: true, agreedGoals: true, goalsAgreedOn: true, endingReason: true, endingFrom: true, closedOn: true,
      outerMembers: { where: { removedOn: null }, orderBy: { addedAt: 'asc' }, include: { agency: { select: { name: true, nameCy: true } } } },
      reviews: { orderBy: { heldOn: 'desc' } },
      questionnaire: true,
      meetings: { where: { status: 'SCHEDULED', endsAt: { lte: new Date() }, minutes: { is: null } }, orderBy: { startsAt: 'desc' }, take: 20, select: { id: true, startsAt: true, endsAt: true } },
    },
  })
  if (!circle) throw notFound()
  const { meetings, ...rest } = circle
  const agencies = await prisma.agency.findMany({ where: partnerAgency, orderBy: { name: 'asc' }, select: { id: true, name: true, nameCy: true } })
  return { ...rest, hasMet: await circleHasMet(prisma, circleId), reviews: await withTookPart(circleId, rest.reviews), agencies, notWrittenUp: meetings.map((m) => ({ ...m, dueAt: minutesDueAt(m.endsAt), overdue: minutesDueAt(m.endsAt) < new Date() })), minutes: await minutesOf({ meeting: { circleId } }) }
}

/**
 * The volunteer's own circles: the core member's first name, venue and pattern, the agreed goals and the circle's
 * minutes — nothing else of the record (domain.md: what a COSA volunteer sees).
 */
export async function myCirclesOverview(actor: Actor) {
  authorize(actor, 'cosa.portal')
  const circles = await prisma.circle.findMany({
    where: { ...volunteerCircleVisible(actor), status: { in: ['ACTIVE', 'ENDING'] }, members: { some: { leftOn: null, volunteer: signedInVolunteer(actor) } } },
    orderBy: { startDate: 'asc' },
    select: { id: true, status: true, venue: true, weekday: true, startTime: true, everyWeeks: true, agreedGoals: true, goalsAgreedOn: true, coreMember: { select: { firstName: true } } },
  })
  const minutes = circles.length ? await minutesOf({ meeting: { circleId: { in: circles.map((c) => c.id) } } }, MINUTES_SHOWN * circles.length) : []
  await recordAuditEach(prisma, actor, circles.map((c) => ({ action: 'cosa.portal.circle.view', subjectType: 'Circle', subjectId: c.id })))
  return circles.map((c) => ({ ...c, minutes: minutes.filter((m) => m.meeting.circleId === c.id).slice(0, MINUTES_SHOWN) }))
}

/**
 * A person's circles as the outer circle sees them: probation and police with the person in their scope read the
 * agreed goals, the outer circle, reviews and the volunteers' minutes. The read is audited against the person.
 */
export async function circlesForOuterCircle(actor: Actor, offenderId: string) {
  authorize(actor, 'cosa.refer')
  const circles = await prisma.circle.findMany({
    where: { coreMemberId: offenderId, coreMember: offenderVisible(actor), status: { not: 'FORMING' } },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true, status: true, startDate: true, plannedEndDate: true, closedOn: true, agreedGoals: true, goalsAgreedOn: true,
      startedOn: true, endingFrom: true, endingReason: true, weekday: true, startTime: true, everyWeeks: true, patternFrom: true,
      providerAgency: { select: { name: true, nameCy: true } },
      outerMembers: { where: { removedOn: null }, include: { agency: { select: { name: true, nameCy: true } } } },
      reviews: { orderBy: { heldOn: 'desc' } },
    },
  })
  if (!circles.length) return []
  const minutes = await minutesOf({ meeting: { circleId: { in: circles.map((c) => c.id) } } }, MINUTES_SHOWN * circles.length)
  await recordAudit(prisma, actor, { action: 'cosa.circle.outerView', subjectType: 'Offender', subjectId: offenderId, offenderId, detail: { circles: circles.length } })
  // `span`: its dates from the one model the coordinator's page uses (re-walk D9 of issue 16).
  return Promise.all(circles.map(async (c) => ({ ...c, span: circleSpan(c, (await circleMeetingDates(prisma, c)).neverMet), minutes: minutes.filter((m) => m.meeting.circleId === c.id).slice(0, MINUTES_SHOWN) })))
}

/**
 * Each review with `tookPart`: the outer members who took part ({ name, role, agency: { name, nameCy } }), so the page
 * names each agency in the reader's language (re-walk D12 of issue 16), or null for an old review whose members
 * could not all be found, which shows its recorded text (`attendees`).
 */
async function withTookPart<R extends { outerMemberIds: string[] }>(circleId: string, reviews: R[]) {
  const ids = [...new Set(reviews.flatMap((r) => r.outerMemberIds))]
  const members = new Map((await prisma.circleOuterMember.findMany({ where: { circleId, id: { in: ids } }, select: { id: true, name: true, role: true, agency: { select: { name: true, nameCy: true } } } })).map(({ id, ...m }) => [id, m]))
  return reviews.map((r) => {
    const tookPart = r.outerMemberIds.map((id) => members.get(id))
    return { ...r, tookPart: r.outerMemberIds.length && tookPart.every(Boolean) ? tookPart.map((m) => m!) : null }
  })
}

