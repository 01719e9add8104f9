import { randomUUID } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { z, ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { decideTransfer, requestTransfer } from '../../../src/server/allocation/transfer'
import { withdrawTransfer } from '../../../src/server/allocation/withdraw-transfer'
import { getAllocationPanel } from '../../../src/server/allocation/find-allocation'
import { createOffender } from '../../../src/server/offenders/create-offender'
import type { Actor } from '../../../src/server/policy'
import { actorOf } from '../../support/actor'
import { seniorNorthOf } from '../../support/senior-north'
import { buildWorld, type World } from '../../support/world'

let w: World
let seniorNorth: Actor
beforeAll(async () => {
  w = await buildWorld()
  seniorNorth = await seniorNorthOf(w)
})

/**
 * The migration's statement that backfills first allocations, run again here, limited to the given people so
 * other tests sharing this database keep their rows as they made them.
 */
function firstAllocationBackfill(offenderIds: string[]): string {
  const dir = join(process.cwd(), 'prisma/migrations')
  const name = readdirSync(dir).find((d) => d.endsWith('_record_history_merges_withdraw'))!
  const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8')
  const statement = sql.split(/;\s*\n/).find((s) => s.includes('WITH firsts AS'))!
  const only = offenderIds.map((id) => `'${z.uuid().parse(id)}'`).join(', ')
  return statement.replace('FROM "Offender" o\n', `FROM (SELECT * FROM "Offender" WHERE "id" IN (${only})) o\n`)
}

describe('the first allocation (issue 15 item 14)', () => {
  it('is in the ownership history of a newly created person', async () => {
    const { id } = await createOffender(w.actors.officer, { firstName: 'Gethin', lastName: `Rhydderch${w.tag}`, dateOfBirth: '1989-03-02', sex: 'MALE', idempotencyKey: randomUUID() })
    expect(await prisma.offenderAllocation.findMany({ where: { offenderId: id } })).toEqual([
      expect.objectContaining({ kind: 'CREATED', teamId: w.teamA.id, lduId: w.cardiff.id, agencyId: w.nps.id, offenderManagerId: w.staff.officer.id, createdById: w.staff.officer.id, endedAt: null }),
    ])
  })

  it('is backfilled by the migration for people created before, ending where the recorded history begins', async () => {
    const never = w.people.north.id
    const { id: transferId } = await requestTransfer(w.actors.senior, { offenderId: w.people.colleagues.id, toTeamId: w.teamNorth.id, reason: 'Moving north' })
    await decideTransfer(seniorNorth, { transferId, version: 1, decision: 'ACCEPT' })
    await prisma.$executeRawUnsafe(firstAllocationBackfill([never, w.people.colleagues.id]))
    const north = await prisma.offender.findUniqueOrThrow({ where: { id: never } })
    expect(await prisma.offenderAllocation.findMany({ where: { offenderId: never } })).toEqual([
      expect.objectContaining({ kind: 'CREATED', teamId: north.teamId, offenderManagerId: north.offenderManagerId, startedAt: north.createdAt, endedAt: null }),
    ])
    const moved = await prisma.offenderAllocation.findMany({ where: { offenderId: w.people.colleagues.id }, orderBy: { startedAt: 'asc' } })
    expect(moved).toEqual([
      expect.objectContaining({ kind: 'CREATED', teamId: w.teamA.id, lduId: w.cardiff.id, endedAt: moved[1]!.startedAt }),
      expect.objectContaining({ kind: 'TRANSFERRED', teamId: w.teamNorth.id, endedAt: null }),
    ])
    // Run twice, it adds nothing.
    await prisma.$executeRawUnsafe(firstAllocationBackfill([never, w.people.colleagues.id]))
    expect(await prisma.offenderAllocation.count({ where: { offenderId: { in: [never, w.people.colleagues.id] } } })).toBe(3)
  })
})

describe('withdrawing a transfer (issue 15 item 14)', () => {
  it('lets the sending senior withdraw with a reason, audited; the case stays and nobody can then decide it', async () => {
    const { id } = await requestTransfer(w.actors.senior, { offenderId: w.people.mine.id, toTeamId: w.teamNorth.id, reason: 'Address change' })
    await expect(withdrawTransfer(w.actors.senior, { transferId: id, version: 1, reason: '' })).rejects.toBeInstanceOf(ZodError)
    await expect(withdrawTransfer(seniorNorth, { transferId: id, version: 1, reason: 'Not ours' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(withdrawTransfer(w.actors.officer, { transferId: id, version: 1, reason: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(withdrawTransfer(w.actors.senior, { transferId: id, version: 2, reason: 'Stale' })).rejects.toMatchObject({ code: 'CONFLICT' })

    await withdrawTransfer(w.actors.senior, { transferId: id, version: 1, reason: 'He is staying in Cardiff' })
    expect(await prisma.transferRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'WITHDRAWN', decidedById: w.staff.senior.id, decisionNote: 'He is staying in Cardiff' })
    expect(await prisma.auditEvent.findFirst({ where: { action: 'transfer.withdraw', subjectId: id } })).toMatchObject({ reason: 'He is staying in Cardiff', offenderId: w.people.mine.id })
    expect((await prisma.offender.findUniqueOrThrow({ where: { id: w.people.mine.id } })).teamId).toBe(w.teamA.id)
    // The receiving senior is told it was withdrawn, not that it does not exist (walk 61 F4).
    await expect(decideTransfer(seniorNorth, { transferId: id, version: 2, decision: 'ACCEPT' })).rejects.toMatchObject({ fieldErrors: { _form: ['transferNoLongerPending'] }, details: { stale: true } })
    await expect(withdrawTransfer(w.actors.senior, { transferId: id, version: 2, reason: 'again' })).rejects.toMatchObject({ fieldErrors: { _form: ['transferNoLongerPending'] } })
  })

  it('is never withdrawn by the receiving team’s senior, who may change the case too, and is not offered to them (break 61 F4)', async () => {
    const user = await prisma.user.create({ data: { email: `senior-b-${randomUUID()}@llwybr.test`, name: 'Senior B', roles: ['SENIOR_PROBATION_OFFICER'], agencyId: w.nps.id, teamId: w.teamB.id } })
    const receiving = await actorOf(user)
    const { id } = await requestTransfer(w.actors.senior, { offenderId: w.people.mine.id, toTeamId: w.teamB.id, reason: 'Moving across the city' })
    const person = { id: w.people.mine.id, teamId: w.teamA.id, canChange: true }
    expect((await getAllocationPanel(receiving, person)).withdraw).toBe(false)
    expect((await getAllocationPanel(w.actors.senior, person)).withdraw).toBe(true)
    await expect(withdrawTransfer(receiving, { transferId: id, version: 1, reason: 'Not wanted here' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await prisma.transferRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'PENDING', version: 1 })
    await withdrawTransfer(w.actors.senior, { transferId: id, version: 1, reason: 'Staying after all' })
  })

  it('is NOT_FOUND for a request that does not exist', async () => {
    await expect(withdrawTransfer(w.actors.senior, { transferId: randomUUID(), version: 1, reason: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
