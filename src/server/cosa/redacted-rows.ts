import 'server-only'
import type { CircleLeftBecause, CircleMemberKind, CircleStatus, ConcernStatus, ConcernUrgency, CosaProgramme, CosaReferralStatus } from '../../generated/prisma/enums'
import { redactedRow } from '../redacted-row'

/*
 * A COSA row about a circle whose core member the coordinator may not see (Limited Access; issue 17 defect 6 as a
 * kind, ADR 0023): built from an allow-list of plain facts, so it carries no circle, meeting, place, concern,
 * membership or referral id, and the page gives it no link, no form and keys it by its position. Each builder takes
 * the row as loaded and returns `{ restricted: true }` with the named facts only.
 */

/** The circle list: its stage (status, ending and closing dates), programme, start and how many volunteers serve. */
export const redactedCircle = (c: { status: CircleStatus; closedOn: Date | null; endingFrom: Date | null; programme: CosaProgramme; startDate: Date | null; _count: { members: number } }) =>
  redactedRow({ ...c, memberCount: c._count.members }, ['status', 'closedOn', 'endingFrom', 'programme', 'startDate', 'memberCount'])

/** A meeting on the dashboard's week or the rota: when, and how it is staffed (counts, not who; kept-out places as needing cover). */
export const redactedMeeting = (m: { startsAt: Date; confirmed: number; pending: number; needsCover: number }) => redactedRow(m, ['startsAt', 'confirmed', 'pending', 'needsCover'])

/** Overdue minutes: the meeting's time and when the minutes fell due. */
export const redactedOverdueMinutes = (m: { startsAt: Date; endsAt: Date; dueAt: Date }) => redactedRow(m, ['startsAt', 'endsAt', 'dueAt'])

/** An open concern: urgency, status, when raised and passed on, and whether it breached; not what was said. */
export const redactedConcern = (c: { urgency: ConcernUrgency; status: ConcernStatus; raisedAt: Date; passedAt: Date | null; breach: boolean }) =>
  redactedRow(c, ['urgency', 'status', 'raisedAt', 'passedAt', 'breach'])

/** A volunteer's place in a circle, for their load: how and when they served, and the circle's status. */
export const redactedMembership = (m: { kind: CircleMemberKind; joinedOn: Date; leftOn: Date | null; leftBecause: CircleLeftBecause | null; status: CircleStatus }) =>
  redactedRow(m, ['kind', 'joinedOn', 'leftOn', 'leftBecause', 'status'])

/** A referral waiting for the provider: programme, status and when it came; not who or what the referrer wrote. */
export const redactedCosaReferral = (r: { programme: CosaProgramme; status: CosaReferralStatus; createdAt: Date }) => redactedRow(r, ['programme', 'status', 'createdAt'])

/**
 * A volunteer's non-association with a person the coordinator may not see: when it was recorded, not who or why (the
 * reason may name them; break 28 D1: the CRN showed on the volunteer's page to a coordinator excluded from them).
 */
export const redactedNonAssociation = (n: { createdAt: Date }) => redactedRow(n, ['createdAt'])
