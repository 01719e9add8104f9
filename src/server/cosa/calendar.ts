import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { subDays } from 'date-fns'
import cy from '../../i18n/messages/cy/cosa-supervision.json'
import en from '../../i18n/messages/en/cosa-supervision.json'
import { recordAudit } from '../audit/record-audit'
import { loadActorForUser } from '../auth/load-actor'
import { prisma } from '../db'
import { notFound } from '../errors'
import { authorize, can, signedInVolunteer, volunteerCircleVisible, type Actor } from '../policy'
import { buildCalendar } from './calendar-ics'

/** The secret in a feed address: 32 random bytes, base64url (43 characters). Anything else cannot exist. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/
/** Only the hash is stored, so a copy of the database does not open anyone's feed. */
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex')

/**
 * The calendar address a phone subscribes to, on the app's public address (NEXTAUTH_URL, the README's configuration),
 * whole: the browser's own origin was added to it by the page's script, so without the script it was a bare path no
 * calendar app can use (break 55 F2). Input: the secret token. Output: an absolute URL.
 */
export const calendarAddress = (token: string): string => new URL(`/api/cosa/calendar/${token}`, process.env.NEXTAUTH_URL ?? 'http://localhost:3000').href

/**
 * Gives the signed-in volunteer a new secret calendar address; the previous one stops working at once. The
 * token is returned this once and never stored.
 */
export async function renewCalendarLink(actor: Actor) {
  authorize(actor, 'cosa.portal')
  return prisma.$transaction(async (tx) => {
    const volunteer = await tx.cosaVolunteer.findFirst({ where: signedInVolunteer(actor), select: { id: true } })
    if (!volunteer) throw notFound()
    const token = randomBytes(32).toString('base64url')
    await tx.cosaVolunteer.update({ where: { id: volunteer.id }, data: { calendarTokenHash: hashOf(token) } })
    await recordAudit(tx, actor, { action: 'cosa.portal.calendar.renew', subjectType: 'CosaVolunteer', subjectId: volunteer.id })
    return { id: volunteer.id, token }
  })
}

/** Whether the signed-in volunteer has a calendar address (it cannot be shown again, only replaced). */
export async function hasCalendarLink(actor: Actor): Promise<boolean> {
  authorize(actor, 'cosa.portal')
  const volunteer = await prisma.cosaVolunteer.findFirst({ where: signedInVolunteer(actor), select: { calendarTokenHash: true } })
  if (!volunteer) throw notFound()
  return volunteer.calendarTokenHash !== null
}

// No session and no locale: calendar apps fetch the feed on their own, so its words are in both languages.
const labels = {
  summary: `${en.calendar.feedSummary} / ${cy.calendar.feedSummary}`,
  calendarName: `${en.calendar.feedName} / ${cy.calendar.feedName}`,
}

/**
 * The feed a volunteer's calendar app fetches with the secret address, without a session: their CONFIRMED
 * meetings still scheduled, from 30 days ago on, of circles whose core member their account may see (a volunteer put on
 * the person's exclusion list loses them at once: break 28 D6, volunteerCircleVisible). Null (404) for an unknown or replaced token, a volunteer who
 * has left, or an account that is disabled or no longer a volunteer's.
 *
 * Deliberately when and where only: no core member's name, no circle, no other volunteer, no personal data at
 * all. Calendar services copy feeds to third-party clouds and show them on lock screens (UK GDPR art. 5(1)(c),
 * data minimisation; criminal-offence data must not leave Llwybr this way).
 */
export async function calendarFeed(token: string): Promise<string | null> {
  if (!TOKEN.test(token)) return null
  const volunteer = await prisma.cosaVolunteer.findUnique({ where: { calendarTokenHash: hashOf(token) }, select: { id: true, stage: true, userId: true } })
  if (!volunteer || volunteer.stage === 'LEFT' || !volunteer.userId) return null
  // The fetch is audited as the volunteer themselves, resolved from the database exactly as a sign-in would be:
  // a disabled account, or one that is no longer a volunteer's, gets no feed (security.md AC-6).
  const actor = await loadActorForUser(prisma, volunteer.userId)
  if (!actor || !can(actor, 'cosa.portal')) return null
  const meetings = await prisma.circleMeeting.findMany({
    where: { status: 'SCHEDULED', startsAt: { gte: subDays(new Date(), 30) }, circle: volunteerCircleVisible(actor), assignments: { some: { volunteerId: volunteer.id, response: 'CONFIRMED' } } },
    orderBy: { startsAt: 'asc' },
    take: 200,
    select: { id: true, startsAt: true, endsAt: true, venue: true, circle: { select: { venue: true } } },
  })
  await recordAudit(prisma, actor, { action: 'cosa.portal.calendar.fetch', subjectType: 'CosaVolunteer', subjectId: volunteer.id, detail: { count: meetings.length } })
  return buildCalendar(meetings.map((m) => ({ id: m.id, startsAt: m.startsAt, endsAt: m.endsAt, venue: m.venue ?? m.circle.venue })), labels)
}
