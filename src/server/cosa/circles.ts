import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import { whenMissing } from '../missing-record'
import { dateOnly, londonToday, todayInLondon } from '../../lib/dates'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { AppError, invalid, notFound } from '../errors'
import { authorize, circleWorkable, type Actor } from '../policy'
import { ZActivateCircle, ZAddMember, ZCircleSetup, ZRemoveMember } from './circles.schemas'
import { assertPatternFits, fitOfPattern, shownPatternFit } from './circle-pattern'
import { applyPatternChange, firstComingMeetingDay, planPatternChange, type TSavedPattern } from './circle-pattern-change'
import { firstMeetingDay } from './pattern-days'
import { circleHasStarted, circleSpan, wasWithdrawn } from './circle-dates'
import { circleMeetingDates } from './circle-meeting-dates'
import { refuseVenueRiskDate } from './venue-risk'
import { asDate } from '../zod-fields'
import { isVetted, vettingOf } from './pipeline'
import { joinRefusal, type TJoinRefusal } from './circle-join'
import { MIN_VOLUNTEERS } from './rota-rules'
import { coreMemberLimited, coreMemberSelect, namedCoreMember } from './rota-core-members'
import { redactedCircle } from './redacted-rows'
import { mayBeShown, refuseExcludedAssignee, refuseUnlistedAssignee } from '../limited-access/excluded-staff'
import { lockRow } from '../row-lock'
import { refuseUnlessCircle } from './circle-status'
import { placesToCome, releasePlaces } from './release-places'
import { keptOutOf } from './kept-out'
import { circleAsDrawn, circleOf } from './circle-claim'

const MIN_REGULARS = 4
const MAX_REGULARS = 6
const current = { leftOn: null }

/**
 * Venue (risk-assessed), meeting pattern and dates; the pattern must suit the inner circle (issue 16 item 8). The
 * "from" date may fall on another weekday: the first meeting is the first chosen day on or after it, stored as the
 * circle's first meeting and returned (`firstMeeting`, YYYY-MM-DD; undefined when only the venue or planned end
 * changed: walk 23, D8) for the confirmation (gap 4). Meetings still to
 * come that the new pattern no longer gives are cancelled in the same transaction and counted (`cancelled`, gap 2).
 */
export async function setUpCircle(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const drawn = circleAsDrawn(actor, ['FORMING', 'ACTIVE'], { ENDING: 'patternWhileEnding' })
  const { circleId, version, confirm, sameVenue, ...form } = await parseAsDrawn(ZCircleSetup, input, drawn)
  return prisma.$transaction(async (tx) => {
    // An ending circle's meetings are thinning out to its end review: its pattern stays as it is (issue 16 item 11).
    const circle = await drawn.check(tx, circleId, version)
    // A running circle keeps its past first meeting when only its day, time or frequency changes: the rota applies
    // the new pattern from today on (generateRota), so the start need not be re-entered (issue 16 item 11).
    refuseVenueRiskDate(circle, form, sameVenue)
    const keepsStart = circle.status === 'ACTIVE' && circle.startDate?.getTime() === form.startDate.getTime()
    // Its first meeting has been held: moving the start would leave held meetings before it, and it could never be
    // moved back, as past dates are refused (COSA break test item 3).
    if (!keepsStart && circleHasStarted(circle, londonToday())) throw invalid('startDate', 'startDateFixed')
    const setup = keepsStart ? form : { ...form, startDate: asDate(firstMeetingDay(dateOnly(form.startDate), form.weekday)) }
    if (setup.startDate >= setup.plannedEndDate) throw invalid('plannedEndDate', 'plannedEndNotAfterStart')
    const today = londonToday()
    if (setup.startDate < today && !keepsStart) throw invalid('startDate', 'notInPast')
    // Checked against the meetings still to come: from today for a running circle that started in the past. Only a
    // new day, time, length, frequency or first meeting is checked: saving a new venue or planned end keeps the
    // pattern the circle already meets by (walk 20, D1: a running circle's venue could not be saved).
    const pattern = { ...setup, startDate: setup.startDate < today ? today : setup.startDate }
    const changesPattern = patternChanges(circle, setup)
    const fit = changesPattern ? await assertPatternFits(tx, actor, circle, pattern, confirm) : await fitOfPattern(tx, actor, circle, pattern)
    const plan = await planPatternChange(tx, circleId, setup, circle)
    // Cancelling meetings (and the volunteers' confirmations on them) needs the coordinator's say-so, given on the
    // form once told how many (fix16a item 2). A forming circle has no meetings, so its "confirm" is the fit's.
    if (plan.cancel.length && !confirm) throw new AppError('VALIDATION', 'VALIDATION', { confirm: ['patternCancelConfirm'] }, { patternCancels: { meetings: plan.cancel.length, confirmations: plan.confirmations, unconfirmed: plan.unconfirmed } })
    // Meetings already started were held at the old venue and keep it; the rest follow the circle (f16c item 7: a
    // venue change rewrote past meetings' LOCATION in the calendar feed).
    if (circle.venue && circle.venue !== setup.venue) await tx.circleMeeting.updateMany({ where: { circleId, venue: null, startsAt: { lte: new Date() } }, data: { venue: circle.venue } })
    await tx.circle.update({ where: { id: circleId }, data: { ...setup, patternFrom: patternFromOf(circle, setup, keepsStart) } })
    const cancelled = await applyPatternChange(tx, plan, setup.minutes)
    await recordAudit(tx, actor, { action: 'cosa.circle.setup', subjectType: 'Circle', subjectId: circleId, offenderId: circle.coreMemberId, detail: { canMake: fit.canMake, of: fit.of, placeable: fit.placeable, meetingsCancelled: cancelled } })
    // Only a new pattern has a first meeting to name: a venue or planned end saved alone is just saved (walk 23, D8).
    return { id: circleId, firstMeeting: changesPattern ? firstComingMeetingDay(setup) : undefined, cancelled: cancelled.length }
  })
}

const patternKeys = ['weekday', 'startTime', 'minutes', 'everyWeeks'] as const

/** Whether saving `setup` gives the circle a pattern it did not have: none before, or another day, time, length, frequency or first meeting. */
function patternChanges(before: { patternFrom: Date | null; startDate: Date | null } & Record<(typeof patternKeys)[number], unknown>, setup: TSavedPattern): boolean {
  return before.patternFrom === null || before.startDate?.getTime() !== setup.startDate.getTime() || patternKeys.some((k) => before[k] !== setup[k])
}

/**
 * The day a circle's pattern applies from once saved (cosa17 item 1): a circle not yet met (or moving its first
 * meeting) follows it from its first meeting; a running one whose day, time, length or frequency changes follows
 * the new one from its first meeting still to come (firstComingMeetingDay, as generateRota books); saving it unchanged (the venue, the
 * planned end) keeps the date it had. Input: the circle as it was, the setup being saved, whether its past start is
 * kept. Output: a London date at UTC midnight.
 */
function patternFromOf(before: { patternFrom: Date | null } & Record<(typeof patternKeys)[number], unknown>, setup: TSavedPattern, keepsStart: boolean): Date {
  if (!keepsStart) return setup.startDate
  const changed = before.patternFrom === null || patternKeys.some((k) => before[k] !== setup[k])
  return changed ? asDate(firstComingMeetingDay(setup)) : before.patternFrom!
}

/**
 * Adds a volunteer to the inner circle: one of the provider's, vetted, never someone with a non-association with
 * the core member, within their circle limit, and no more than six regulars.
 */
export async function addCircleMember(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const { circleId, volunteerId, kind } = ZAddMember.parse(input)
  return prisma.$transaction(async (tx) => {
    const circle = await circleOf(tx, actor, circleId)
    refuseUnlessCircle(circle.status, ['FORMING', 'ACTIVE', 'ENDING'])
    // Held after the circle (the order every COSA write takes): a non-association recorded for them in the same
    // instant is read here, or reads this membership and is refused (break test of issue 16, D5).
    await lockRow(tx, 'CosaVolunteer', volunteerId)
    const volunteer = await tx.cosaVolunteer.findFirst({
      where: { id: volunteerId, agencyId: actor.agencyId },
      include: { nonAssociations: { where: { offenderId: circle.coreMemberId } }, circles: { where: current, select: { circleId: true } } },
    })
    if (!volunteer) throw invalid('volunteerId', 'chooseOption')
    if (volunteer.nonAssociations.length) throw invalid('volunteerId', 'nonAssociated')
    // A volunteer whose Llwybr account is excluded from the core member cannot serve on their circle (sec18b item 3).
    await refuseExcludedAssignee(tx, actor, circle.coreMemberId, volunteer.userId, 'volunteerId')
    // Nor one a restriction list on the person leaves out: the circle would not show on their portal (break 28 D6).
    await refuseUnlistedAssignee(tx, circle.coreMemberId, volunteer.userId, 'volunteerId')
    if (!isVetted(vettingOf(volunteer), todayInLondon())) throw invalid('volunteerId', 'memberNotVetted')
    if (volunteer.circles.some((m) => m.circleId === circleId)) throw invalid('volunteerId', 'alreadyMember')
    if (volunteer.circles.length >= volunteer.maxCircles) throw invalid('volunteerId', 'tooManyCircles')
    if (kind === 'REGULAR' && (await tx.circleMember.count({ where: { circleId, kind: 'REGULAR', ...current } })) >= MAX_REGULARS) throw invalid('kind', 'circleFull')
    await tx.circleMember.create({ data: { circleId, volunteerId, kind, joinedOn: londonToday() } })
    await recordAudit(tx, actor, { action: 'cosa.circle.member.add', subjectType: 'Circle', subjectId: circleId, offenderId: circle.coreMemberId, detail: { volunteerId, kind } })
    return { id: circleId }
  })
}

/**
 * A volunteer leaves the circle; the membership is kept, with the day they left and why (walk-through D9 of issue 16:
 * it was one click with no reason), once the coordinator has confirmed (re-walk D8: it happened at the first press).
 * Input: { circleId, memberId, reason (1–500 characters), confirm }. Output: { id } of the circle. Errors: zod
 * `reasonRequired`; NOT_FOUND for a member not of the circle; CONFLICT for one already taken out; VALIDATION `confirm: removeMemberConfirm` with
 * `details.removal` ({ name, coming }: their first name and places on meetings still to come) until confirmed. Their
 * places on the circle's meetings still to come are released with the removal.
 */
export async function removeCircleMember(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const { circleId, memberId, reason, confirm } = ZRemoveMember.parse(input)
  return prisma.$transaction(async (tx) => {
    const circle = await circleOf(tx, actor, circleId)
    refuseUnlessCircle(circle.status, ['FORMING', 'ACTIVE', 'ENDING'])
    const member = await tx.circleMember.findFirst({ where: { id: memberId, circleId }, select: { volunteerId: true, leftOn: true, volunteer: { select: { firstName: true } } } })
    if (!member) throw notFound()
    // Taken out already, by a colleague in the same instant or an earlier tab: a stale form, told to reload, never a
    // second release of their places (break test 22, O3).
    if (member.leftOn) throw new AppError('CONFLICT')
    // Held as a booking holds them, so a booking in the same instant runs wholly before (its place is read below and
    // released) or after (it sees they left): break test 25, D1.
    await lockRow(tx, 'CosaVolunteer', member.volunteerId)
    const places = await placesToCome(tx, member.volunteerId, circleId)
    if (!confirm) throw new AppError('VALIDATION', 'VALIDATION', { confirm: ['removeMemberConfirm'] }, { removal: { name: member.volunteer.firstName, coming: places.length } })
    await tx.circleMember.update({ where: { id: memberId }, data: { leftOn: londonToday(), leftReason: reason, leftBecause: 'REMOVED' } })
    // Someone taken out of the circle is off its meetings to come too, as a volunteer who leaves is (walk 20, D13: they
    // stayed on them), each meeting saying so (break test D3); the rota then shows where cover is needed.
    const placesReleased = await releasePlaces(tx, actor, { volunteerId: member.volunteerId, places, kind: 'LEFT_CIRCLE', reason })
    await recordAudit(tx, actor, { action: 'cosa.circle.member.remove', subjectType: 'Circle', subjectId: circleId, offenderId: circle.coreMemberId, reason, detail: { memberId, placesReleased } })
    return { id: circleId }
  })
}

/** A forming circle starts once it has four to six regulars, a risk-assessed venue and a meeting pattern. */
export async function activateCircle(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const drawn = circleAsDrawn(actor, ['FORMING'], { ACTIVE: 'circleAlreadyStarted', ENDING: 'circleAlreadyStarted' })
  const { circleId, version } = await parseAsDrawn(ZActivateCircle, input, drawn)
  return prisma.$transaction(async (tx) => {
    const circle = await drawn.check(tx, circleId, version)
    if (!circle.venue || !circle.venueRiskAssessedOn) throw invalid('_form', 'venueNotAssessed')
    if (!circle.weekday || !circle.startTime || !circle.startDate) throw invalid('_form', 'patternNeeded')
    // Started on or before its first meeting (issue 16 item 11): a pattern set up days ago may now start in the past.
    if (circle.startDate.getTime() < londonToday().getTime()) throw invalid('_form', 'firstMeetingBeforeStart')
    const regulars = await tx.circleMember.count({ where: { circleId, kind: 'REGULAR', ...current } })
    if (regulars < MIN_REGULARS || regulars > MAX_REGULARS) throw invalid('_form', 'circleSize')
    // A forming circle may keep a warned pattern while it is built; starting it re-checks with the same rule as a
    // running circle's pattern change (COSA break test item 4: started on a pattern 0 of 5 could make).
    const fit = await fitOfPattern(tx, actor, circle, { weekday: circle.weekday, startTime: circle.startTime, minutes: circle.minutes, everyWeeks: circle.everyWeeks, startDate: circle.startDate })
    if (fit.placeable < MIN_VOLUNTEERS) throw new AppError('VALIDATION', 'VALIDATION', { _form: ['patternTooFew'] }, { patternFit: fit })
    await tx.circle.update({ where: { id: circleId }, data: { status: 'ACTIVE', startedOn: londonToday() } })
    await recordAudit(tx, actor, { action: 'cosa.circle.activate', subjectType: 'Circle', subjectId: circleId, offenderId: circle.coreMemberId, detail: { regulars } })
    return { id: circleId }
  })
}

/**
 * One circle with its members (current, and all who served), the provider's volunteers who could join and who cannot
 * (with why); audited. A current member whose account the core member's Limited Access lists now keep out is marked
 * `keptOut` (break 28 D6 left item: the rota said so, the inner circle did not); their account id does not travel.
 */
export async function getCircle(actor: Actor, circleId: string) {
  authorize(actor, 'cosa.manage')
  const circle = await prisma.circle.findFirst({
    where: { id: circleId, ...circleWorkable(actor) },
    include: {
      coreMember: coreMemberSelect(actor),
      referral: { select: { eligibility: true, suitability: true, releaseDate: true, referredBy: { select: { name: true } } } },
      members: { include: { volunteer: { select: { id: true, firstName: true, lastName: true, stage: true, userId: true } } }, orderBy: [{ kind: 'asc' }, { joinedOn: 'asc' }] },
    },
  }).catch(whenMissing(null))
  if (!circle) throw notFound()
  const pool = await prisma.cosaVolunteer.findMany({
    // Every volunteer of the provider not in the circle now, so each one who cannot join is listed with why (re-walk D7).
    // Not anyone whose Llwybr account is excluded from the core member (sec19b, issue 17): the exclusion itself is
    // sensitive, so they are neither offered nor listed. Nor, when the person has a restriction list, anyone's account
    // it does not name (break 28 D6): the circle would not show on their portal.
    where: {
      agencyId: actor.agencyId,
      circles: { none: { circleId, ...current } },
      OR: [{ userId: null }, { user: await mayBeShown(prisma, circle.coreMemberId) }],
    },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }],
    select: {
      id: true, firstName: true, lastName: true, welshSpeaker: true, homeArea: true, maxCircles: true,
      stage: true, referencesReceived: true, dbsExpiresOn: true, trainingCompletedOn: true, trainingExpiresOn: true,
      circles: { where: current, select: { circleId: true } },
      nonAssociations: { where: { offenderId: circle.coreMemberId }, select: { id: true } },
    },
  })
  const { candidates, cannotJoin } = whoCanJoin(pool)
  // How many of the inner circle can make the pattern, shown beside it while meetings are to come (issue 16 item 8).
  const patternFit = await shownPatternFit(prisma, actor, circle)
  await recordAudit(prisma, actor, { action: 'cosa.circle.view', subjectType: 'Circle', subjectId: circleId, offenderId: circle.coreMemberId })
  // `members`: the inner circle now; `served`: everyone who was ever in it, with the day they left, which is what a
  // closed circle shows (gap 3: closing releases every member, and the page said "No volunteers yet.").
  // `dates`: started, first meeting (from its meetings) and the pattern's "from" date, as the page shows them (cosa16 item 2);
  // `span`: to when it runs — closed, ending from, or its planned end — from the one model (walk 20, D11).
  const dates = await circleMeetingDates(prisma, circle)
  const keptOut = await keptOutOf(prisma, [circle.coreMemberId])
  const served = circle.members.map(({ volunteer: { userId, ...volunteer }, ...m }) => ({ ...m, volunteer, keptOut: m.leftOn === null && keptOut(circle.coreMemberId, userId) }))
  const coreMember = namedCoreMember(actor, circle.coreMember)
  // A core member limited for the viewer: not even their id travels with the circle (issue 17 defect 6, ADR 0023).
  return { ...circle, coreMemberId: coreMember.crn === null ? null : circle.coreMemberId, coreMember, members: served.filter((m) => m.leftOn === null), served, candidates, cannotJoin, patternFit, hasStarted: circleHasStarted(circle, londonToday()), dates, span: circleSpan(circle, dates.neverMet) }
}

type Joinable = Parameters<typeof vettingOf>[0] & { id: string; firstName: string; lastName: string; welshSpeaker: boolean; homeArea: string; maxCircles: number; circles: unknown[]; nonAssociations: unknown[] }

/**
 * Splits the provider's volunteers not in the circle into those addCircleMember would take (`candidates`) and every
 * other one with the reason (`cannotJoin`: a `joinRefusal` key, their `stage` and circle `limit`), so the page says so
 * up front as the rota picker does (walk-through D5 and re-walk D7 of issue 16).
 */
function whoCanJoin(pool: Joinable[]) {
  const today = todayInLondon()
  const brief = ({ id, firstName, lastName, welshSpeaker, homeArea }: Joinable) => ({ id, firstName, lastName, welshSpeaker, homeArea })
  const candidates: ReturnType<typeof brief>[] = []
  const cannotJoin: (ReturnType<typeof brief> & { reason: TJoinRefusal; stage: Joinable['stage']; limit: number })[] = []
  for (const v of pool) {
    const reason = joinRefusal({ ...vettingOf(v), maxCircles: v.maxCircles, nonAssociated: v.nonAssociations.length > 0, circlesNow: v.circles.length }, today)
    if (reason) cannotJoin.push({ ...brief(v), reason, stage: v.stage, limit: v.maxCircles })
    else candidates.push(brief(v))
  }
  return { candidates, cannotJoin }
}

/** The provider's circles by status, with their regular and cover counts, and a withdrawn one's reason (`withdrawnReason`, else null). */
export async function listCircles(actor: Actor) {
  authorize(actor, 'cosa.manage')
  const circles = await prisma.circle.findMany({
    where: { providerAgencyId: actor.agencyId },
    orderBy: [{ status: 'asc' }, { createdAt: 'desc' }],
    take: 200,
    select: { id: true, status: true, closedOn: true, endingFrom: true, endingReason: true, programme: true, startDate: true, coreMember: coreMemberSelect(actor), _count: { select: { members: { where: current } } } },
  })
  // A circle whose core member the coordinator may not see: its stage and size, no id, link or reason (ADR 0023). A
  // withdrawn circle is listed with why (walk 23, D6): the reason is about the person, so only beside their name.
  return circles.map(({ endingReason, ...c }) =>
    coreMemberLimited(actor, c.coreMember)
      ? redactedCircle(c)
      : { ...c, restricted: false as const, coreMember: namedCoreMember(actor, c.coreMember), withdrawnReason: wasWithdrawn(c) && c.status === 'CLOSED' ? endingReason : null },
  )
}
