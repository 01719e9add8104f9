import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { isAppError } from '../../../src/server/errors'
import { recordOutcome } from '../../../src/server/appointments/record-outcome'
import type { Actor } from '../../../src/server/policy'
import { createContact, createOffender } from '../../factories'
import type { World } from '../../support/world'

/** The fields a refusal names: zod's field paths, or a domain VALIDATION error's fields. Anything else is rethrown. */
export async function refusedFields(attempt: Promise<unknown>): Promise<string[]> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  )
  if (error instanceof ZodError) return error.issues.map((i) => i.path.map(String).join('.'))
  if (isAppError(error) && error.code === 'VALIDATION') return Object.keys(error.fieldErrors ?? {})
  throw new Error(`expected a validation refusal, got ${error === null ? 'success' : String(error)}`)
}

/** A fresh person on the officer's own caseload, so counts and rules start from nothing. */
export const freshPerson = (w: World) =>
  createOffender(prisma, { responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.officer.id, teamId: w.teamA.id, lduId: w.cardiff.id })

/** A past appointment on the person's record, arranged by the officer. */
export const pastAppointment = (w: World, offenderId: string, occurredAt: Date) =>
  createContact(prisma, { offenderId, type: 'APPOINTMENT', occurredAt, notes: 'Supervision appointment.', authorId: w.staff.officer.id, authorAgencyId: w.nps.id })

/** A failure to attend recorded through the appointment outcome flow; returns the enforcement record it opened. */
export async function failureToAttend(w: World, actor: Actor, offenderId: string, occurredAt = new Date(Date.now() - 3600_000)) {
  const appointment = await pastAppointment(w, offenderId, occurredAt)
  const { enforcementId } = await recordOutcome(actor, { contactId: appointment.id, version: 1, outcome: 'FAILED_TO_ATTEND' })
  return enforcementId!
}

export const monthsAgo = (months: number, days = 0) => {
  const d = new Date()
  d.setUTCMonth(d.getUTCMonth() - months)
  d.setUTCDate(d.getUTCDate() - days)
  return d
}
