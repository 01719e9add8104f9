import 'server-only'
import { prisma } from '../db'
import { can, laoVisible, offenderWriteScope, type Actor } from '../policy'

const select = { id: true, occurredAt: true, location: true, notes: true, version: true } as const

/** Appointments the actor can act on for one person: coming up, and past ones still without an outcome. */
export async function findAppointmentsFor(actor: Actor, offenderId: string) {
  if (!can(actor, 'appointment.manage')) return null
  const now = new Date()
  const base = { offenderId, type: 'APPOINTMENT' as const, outcome: null, cancelledAt: null, offender: { AND: [offenderWriteScope(actor), laoVisible(actor)] } }
  const [upcoming, awaitingOutcome] = await Promise.all([
    prisma.contact.findMany({ where: { ...base, occurredAt: { gt: now } }, orderBy: { occurredAt: 'asc' }, select, take: 20 }),
    prisma.contact.findMany({ where: { ...base, occurredAt: { lte: now } }, orderBy: { occurredAt: 'asc' }, select, take: 20 }),
  ])
  return { upcoming, awaitingOutcome }
}
