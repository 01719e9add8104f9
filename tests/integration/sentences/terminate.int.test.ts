import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { terminateSentence } from '../../../src/server/sentences/terminate-sentence'
import { buildWorld, type World } from '../../support/world'

let w: World
const orderFor = (offenderId: string) =>
  prisma.sentence.create({
    data: { offenderId, type: 'COMMUNITY_ORDER', indexOffence: 'Burglary', startDate: new Date('2026-01-05'), expectedEndDate: new Date('2027-01-04'), requirements: { create: [{ kind: 'UNPAID_WORK', description: '', unitsOrdered: 100, unitsCompleted: 100 }] } },
  })
let mine: string
let colleagues: string
let north: string
beforeAll(async () => {
  w = await buildWorld()
  mine = (await orderFor(w.people.mine.id)).id
  colleagues = (await orderFor(w.people.colleagues.id)).id
  north = (await orderFor(w.people.north.id)).id
})

const termination = (sentenceId: string, extra: Record<string, unknown> = {}) => ({
  sentenceId,
  version: '1',
  reason: 'EARLY_GOOD_PROGRESS',
  terminatedOn: '2026-07-10',
  accommodation: 'SETTLED_SUITABLE',
  ete: 'FULL_TIME',
  ...extra,
})
const counts = async () => [await prisma.circumstanceSnapshot.count(), await prisma.sentenceEvent.count(), await prisma.sentence.count({ where: { status: 'ACTIVE' } })]

describe('terminating a sentence', () => {
  it('refuses without the accommodation and employment snapshot, and other bad input, saving nothing', async () => {
    const before = await counts()
    for (const [bad, field, key] of [
      [{ accommodation: '' }, 'accommodation', 'snapshotRequired'],
      [{ ete: undefined }, 'ete', 'snapshotRequired'],
      [{ reason: 'BORED' }, 'reason', 'chooseOption'],
      [{ terminatedOn: '2098-01-01' }, 'terminatedOn', 'notInFuture'],
    ] as const) {
      const error = await terminateSentence(w.actors.officer, termination(mine, bad)).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ZodError)
      expect((error as ZodError).issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([field, key])
    }
    await expect(terminateSentence(w.actors.officer, termination(mine, { terminatedOn: '2025-12-31' }))).rejects.toMatchObject({ fieldErrors: { terminatedOn: ['beforeSentence'] } })
    expect(await counts()).toEqual(before)
  })

  it('is for probation staff who manage the person', async () => {
    const before = await counts()
    await expect(terminateSentence(w.actors.police, termination(mine))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(terminateSentence(w.actors.colleague, termination(mine))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(terminateSentence(w.actors.northOfficer, termination(mine))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(terminateSentence(w.actors.officer, termination(north))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(terminateSentence(w.actors.officer, termination(randomUUID()))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await counts()).toEqual(before)
  })

  it('ends the order with its reason, the snapshot, a history entry and an audit row; a stale or repeated save is refused', async () => {
    await expect(terminateSentence(w.actors.officer, termination(mine, { version: '2' }))).rejects.toMatchObject({ code: 'CONFLICT' })
    await terminateSentence(w.actors.officer, termination(mine))
    expect(await prisma.sentence.findUniqueOrThrow({ where: { id: mine }, include: { snapshots: true, events: true } })).toMatchObject({
      status: 'TERMINATED',
      terminationReason: 'EARLY_GOOD_PROGRESS',
      terminatedOn: new Date('2026-07-10'),
      version: 2,
      snapshots: [{ occasion: 'TERMINATION', accommodation: 'SETTLED_SUITABLE', ete: 'FULL_TIME', asAt: new Date('2026-07-10') }],
      events: [{ type: 'TERMINATED', values: { reason: 'EARLY_GOOD_PROGRESS', terminatedOn: '2026-07-10', accommodation: 'SETTLED_SUITABLE', ete: 'FULL_TIME' } }],
    })
    expect(await prisma.auditEvent.findFirst({ where: { action: 'sentence.terminate', subjectId: mine } })).toMatchObject({ actorUserId: w.staff.officer.id, offenderId: w.people.mine.id })
    // A stale refusal: the reload is offered, and said at the top of the page when posted without the script (walk 57 F2).
    await expect(terminateSentence(w.actors.officer, termination(mine, { version: '2' }))).rejects.toMatchObject({ fieldErrors: { _form: ['sentenceEnded'] }, details: { stale: true } })
  })

  it('marks a completed order COMPLETED; a senior may end a team case', async () => {
    await terminateSentence(w.actors.senior, termination(colleagues, { reason: 'COMPLETED' }))
    expect(await prisma.sentence.findUniqueOrThrow({ where: { id: colleagues } })).toMatchObject({ status: 'COMPLETED', terminationReason: 'COMPLETED' })
  })
})
