import 'server-only'
import { prisma } from '../db'
import { findTeamStaff } from '../diary/find-team-staff'
import { can, offenderVisible, type Actor } from '../policy'

// With whom: a senior told to cancel a kept-out colleague's appointment can tell which one (walk 66 F4); the name is
// joined in the same statement (ADR 0028), as the record page's statement count is pinned.
const select = { id: true, occurredAt: true, location: true, notes: true, version: true, appointmentType: true, durationMinutes: true, staff: { select: { name: true } } } as const

/**
 * One person's open appointments, for anyone with `appointment.manage` who may read the record: coming up, and past
 * ones still without an outcome; with the staff the actor may book them with (their team's diary keepers not excluded
 * from the person, sec19b). Whether they may be changed is the record's `canWrite` (walk 50 F1: a team-mate's case and
 * a break-glass opening were told "No appointments are booked" while its contacts listed them).
 */
export async function findAppointmentsFor(actor: Actor, offenderId: string) {
  if (!can(actor, 'appointment.manage')) return null
  const now = new Date()
  const base = { offenderId, type: 'APPOINTMENT' as const, outcome: null, cancelledAt: null, offender: offenderVisible(actor) }
  const [upcoming, awaitingOutcome, staff] = await Promise.all([
    prisma.contact.findMany({ relationLoadStrategy: 'join', where: { ...base, occurredAt: { gt: now } }, orderBy: { occurredAt: 'asc' }, select, take: 20 }),
    prisma.contact.findMany({ relationLoadStrategy: 'join', where: { ...base, occurredAt: { lte: now } }, orderBy: { occurredAt: 'asc' }, select, take: 20 }),
    findTeamStaff(actor, offenderId),
  ])
  return { upcoming, awaitingOutcome, staff, me: actor.userId }
}
