import 'server-only'
import type { Tx } from '../db'
import { AppError } from '../errors'
import { offenderVisible, type Actor } from '../policy'
import { findClashes, MAX_DURATION_MINUTES, needsConfirmation, type Booked } from './clash-rules'

/** One clash as the form lists it: start (ISO instant), minutes, and the CRN only when the user may see the person. */
export type ClashDetail = { at: string; durationMinutes: number; crn: string | null }


type Proposed = { id?: string; offenderId: string; staffId: string; start: Date; durationMinutes: number }

/**
 * Two bookings saved at the same moment must not both pass the check: holds the staff member's and the person's
 * diary until the transaction ends (always staff first, so two bookings cannot wait on each other). Re-entrant.
 */
export async function lockDiaries(tx: Tx, staffId: string, offenderId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`appointment-staff:${staffId}`}))`
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`appointment-person:${offenderId}`}))`
}

/**
 * The clash checks of issue 13, run inside the transaction of the change: loads the live appointments that could
 * overlap (same person or same staff member), then applies clash-rules.ts. Throws VALIDATION with
 * `occurredAt: samePersonClash` (a hard stop), or, unless `confirmed`, `confirm: confirmClashes` (for a move of a
 * booked one, `confirmMoveClashes`: walk 55 F5, the tick is "Move anyway") for a staff member's clash or a bank holiday. `details` carries the clashes and the bank holiday for the form to list.
 * Holds transaction-scoped advisory locks on the staff member and the person, so concurrent bookings queue.
 */
export async function assertNoClashes(tx: Tx, actor: Actor, proposed: Proposed, confirmed: boolean): Promise<void> {
  await lockDiaries(tx, proposed.staffId, proposed.offenderId)
  const rows = await tx.contact.findMany({
    where: {
      type: 'APPOINTMENT',
      cancelledAt: null,
      ...(proposed.id ? { id: { not: proposed.id } } : {}),
      occurredAt: { gt: new Date(proposed.start.getTime() - MAX_DURATION_MINUTES * 60_000), lt: new Date(proposed.start.getTime() + proposed.durationMinutes * 60_000) },
      // Every appointment has a staff member (migration appointment_defaults_trigger), so staffId alone finds them.
      OR: [{ offenderId: proposed.offenderId }, { staffId: proposed.staffId }],
    },
    select: { id: true, offenderId: true, staffId: true, occurredAt: true, durationMinutes: true },
  })
  const booked: Booked[] = rows.map((r) => ({ id: r.id, offenderId: r.offenderId, staffId: r.staffId, start: r.occurredAt, durationMinutes: r.durationMinutes ?? 60, cancelled: false }))
  const report = findClashes(proposed, booked)
  if (report.samePerson.length) {
    throw new AppError('VALIDATION', 'VALIDATION', { occurredAt: ['samePersonClash'] }, { clashes: await describe(tx, actor, report.samePerson), bankHoliday: null })
  }
  if (needsConfirmation(report) && !confirmed) {
    throw new AppError('VALIDATION', 'VALIDATION', { confirm: [proposed.id ? 'confirmMoveClashes' : 'confirmClashes'] }, { clashes: await describe(tx, actor, report.sameStaff), bankHoliday: report.bankHoliday })
  }
}

// A clash with someone the user may not see shows its time only (security.md AC-3, AC-5).
async function describe(tx: Tx, actor: Actor, clashes: Booked[]): Promise<ClashDetail[]> {
  const ids = [...new Set(clashes.map((c) => c.offenderId))]
  const visible = await tx.offender.findMany({ where: { AND: [{ id: { in: ids } }, offenderVisible(actor)] }, select: { id: true, crn: true } })
  const crn = new Map(visible.map((o) => [o.id, o.crn]))
  return clashes.map((c) => ({ at: c.start.toISOString(), durationMinutes: c.durationMinutes, crn: crn.get(c.offenderId) ?? null }))
}
