import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { dateToLondonLocal } from '../../../src/lib/dates'
import { prisma } from '../../../src/server/db'
import { allocate } from '../../../src/server/allocation/allocate'
import { findIncomingTransfers } from '../../../src/server/allocation/find-allocation'
import { decideTransfer, requestTransfer } from '../../../src/server/allocation/transfer'
import { createContact } from '../../../src/server/contacts/create-contact'
import { getOffender } from '../../../src/server/offenders/get-offender'
import type { Actor } from '../../../src/server/policy'
import { seniorNorthOf } from '../../support/senior-north'
import { buildWorld, type World } from '../../support/world'

let w: World
let seniorNorth: Actor
beforeAll(async () => {
  w = await buildWorld()
  seniorNorth = await seniorNorthOf(w)
})

describe('allocation', () => {
  it('lets a senior reallocate within the team, keeping the history and an audit row', async () => {
    await allocate(w.actors.senior, { offenderId: w.people.colleagues.id, offenderManagerId: w.staff.officer.id, reason: 'Colleague on long-term leave' })
    expect((await prisma.offender.findUniqueOrThrow({ where: { id: w.people.colleagues.id } })).offenderManagerId).toBe(w.staff.officer.id)
    expect(await prisma.offenderAllocation.findMany({ where: { offenderId: w.people.colleagues.id } })).toEqual([expect.objectContaining({ offenderManagerId: w.staff.officer.id, endedAt: null })])
    expect(await prisma.auditEvent.count({ where: { action: 'offender.allocate', offenderId: w.people.colleagues.id } })).toBe(1)
  })

  it('refuses an officer from another team, and officers without the grant', async () => {
    await expect(allocate(w.actors.senior, { offenderId: w.people.colleagues.id, offenderManagerId: w.staff.otherTeamOfficer.id, reason: 'x' })).rejects.toMatchObject({ fieldErrors: { offenderManagerId: ['officerNotInTeam'] } })
    await expect(allocate(w.actors.officer, { offenderId: w.people.mine.id, offenderManagerId: w.staff.colleague.id, reason: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})

describe('transfer between teams', () => {
  it('waits for the receiving senior (another LDU), who can read but not change the case until they accept', async () => {
    const { id } = await requestTransfer(w.actors.senior, { offenderId: w.people.mine.id, toTeamId: w.teamNorth.id, reason: 'Moved to the other side of the city' })
    await expect(requestTransfer(w.actors.senior, { offenderId: w.people.mine.id, toTeamId: w.teamNorth.id, reason: 'again' })).rejects.toMatchObject({ fieldErrors: { _form: ['transferPending'] }, details: { stale: true } })
    expect((await findIncomingTransfers(seniorNorth)).map((r) => r.id)).toEqual([id])
    expect((await getOffender(seniorNorth, w.people.mine.id)).canWrite).toBe(false)
    const contact = { offenderId: w.people.mine.id, type: 'CASE_NOTE', occurredAt: dateToLondonLocal(new Date()), notes: 'x', idempotencyKey: randomUUID() }
    await expect(createContact(seniorNorth, contact)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(decideTransfer(w.actors.senior, { transferId: id, version: 1, decision: 'ACCEPT' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(decideTransfer(seniorNorth, { transferId: id, version: 1, decision: 'REJECT' })).rejects.toThrow()

    await decideTransfer(seniorNorth, { transferId: id, version: 1, decision: 'ACCEPT' })
    expect(await prisma.offender.findUniqueOrThrow({ where: { id: w.people.mine.id } })).toMatchObject({ teamId: w.teamNorth.id, offenderManagerId: null })
    expect((await getOffender(seniorNorth, w.people.mine.id)).canWrite).toBe(true)
    // The case has left the officer's LDU altogether.
    await expect(createContact(w.actors.officer, { ...contact, idempotencyKey: randomUUID() })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await findIncomingTransfers(seniorNorth)).toEqual([])
  })
})
