import { randomUUID } from 'node:crypto'
import { easterSunday } from '../../../src/lib/working-days'
import { arrangeAppointment } from '../../../src/server/appointments/arrange-appointment'
import type { Actor } from '../../../src/server/policy'

// Dates next year, so they stay in the future whenever the suite runs: February has no bank holiday in England
// and Wales; Easter Monday always is one.
export const YEAR = new Date().getUTCFullYear() + 1
export const day = (d: number) => `${YEAR}-02-${String(d).padStart(2, '0')}`
export const easterMonday = () => {
  const sunday = easterSunday(YEAR)
  return new Date(Date.parse(`${sunday}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}

/** Arranges through the domain operation, as the form would post it. */
export const arrange = (actor: Actor, offenderId: string, occurredAt: string, extra: Record<string, unknown> = {}) =>
  arrangeAppointment(actor, { offenderId, occurredAt, appointmentType: 'OFFICE', durationMinutes: '60', location: 'Cardiff probation office', notes: 'Supervision', idempotencyKey: randomUUID(), ...extra })

/** The error a promise rejects with (for asserting on its code, fields and details). */
export const failure = async (work: Promise<unknown>) => work.then(() => { throw new Error('expected a failure') }, (e: unknown) => e as { code?: string; fieldErrors?: Record<string, string[]>; details?: Record<string, unknown>; issues?: { path: PropertyKey[]; message: string }[] })
