import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { recordOutcome } from '../../../src/server/appointments/record-outcome'
import { countersignEnforcement } from '../../../src/server/enforcement/countersign-enforcement'
import { decideEnforcement } from '../../../src/server/enforcement/decide-enforcement'
import { findEnforcementFor } from '../../../src/server/enforcement/find-enforcement'
import { buildWorld, type World } from '../../support/world'
import { failureToAttend, pastAppointment } from './support'

let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const state = (id: string) => prisma.enforcementAction.findUniqueOrThrow({ where: { id }, select: { status: true, kind: true, version: true, decidedById: true, countersignedById: true } })

describe('police cannot take probation enforcement decisions (issue 13)', () => {
  it('refuses police and the MAPPA coordinator the appointment outcome that opens enforcement, on a person they can see', async () => {
    const appointment = await pastAppointment(w, w.people.mappaCardiff.id, new Date(Date.now() - 3600_000))
    for (const actor of [w.actors.police, w.actors.mappa]) {
      await expect(recordOutcome(actor, { contactId: appointment.id, version: 1, outcome: 'FAILED_TO_ATTEND' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
    expect(await prisma.contact.findUniqueOrThrow({ where: { id: appointment.id } })).toMatchObject({ outcome: null, version: 1 })
    expect(await prisma.enforcementAction.count({ where: { failureContactId: appointment.id } })).toBe(0)
  })

  it('refuses police a warning, a breach and a recall decision, and any countersignature; nothing changes', async () => {
    const id = await failureToAttend(w, w.actors.otherTeamOfficer, w.people.mappaCardiff.id)
    for (const kind of ['WARNING', 'BREACH', 'RECALL'] as const) {
      await expect(decideEnforcement(w.actors.police, { enforcementId: id, version: 1, kind, reason: 'Police view', noBreachReason: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
    await decideEnforcement(w.actors.otherTeamOfficer, { enforcementId: id, version: 1, kind: 'RECALL', reason: 'Whereabouts unknown.' })
    await expect(countersignEnforcement(w.actors.police, { enforcementId: id, version: 2, decision: 'APPROVE' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await state(id)).toMatchObject({ status: 'AWAITING_COUNTERSIGNATURE', kind: 'RECALL', version: 2, countersignedById: null })
    expect(await prisma.auditEvent.count({ where: { subjectId: id, actorUserId: w.staff.police.id } })).toBe(0)
    expect(await findEnforcementFor(w.actors.police, w.people.mappaCardiff.id)).toEqual([])
  })
})

describe('a record’s enforcement entries (walk 50 F1)', () => {
  it('are listed to a probation officer who reads the case but may not change it; never out of scope', async () => {
    const id = await failureToAttend(w, w.actors.otherTeamOfficer, w.people.mappaCardiff.id)
    // The team A officer reads the LDU's cases read-only: the entry shows (its decision form does not, canWrite).
    expect((await findEnforcementFor(w.actors.officer, w.people.mappaCardiff.id)).map((e) => e.id)).toContain(id)
    expect(await findEnforcementFor(w.actors.northOfficer, w.people.mappaCardiff.id)).toEqual([])
  })
})
