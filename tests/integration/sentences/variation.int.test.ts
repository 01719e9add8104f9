import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { recordCustodyEvent } from '../../../src/server/sentences/record-custody-event'
import { recordRequirementProgress } from '../../../src/server/sentences/record-progress'
import { varySentence } from '../../../src/server/sentences/vary-sentence'
import { buildWorld, type World } from '../../support/world'

let w: World
let order: string
let custody: string
let northOrder: string
beforeAll(async () => {
  w = await buildWorld()
  const make = (offenderId: string, type: 'COMMUNITY_ORDER' | 'CUSTODY') =>
    prisma.sentence.create({
      data: { offenderId, type, indexOffence: 'Burglary', lengthMonths: 12, lengthDays: 0, startDate: new Date('2026-01-05'), expectedEndDate: new Date('2027-01-04'), requirements: type === 'CUSTODY' ? undefined : { create: [{ kind: 'UNPAID_WORK', description: '', unitsOrdered: 100 }] } },
    })
  order = (await make(w.people.mine.id, 'COMMUNITY_ORDER')).id
  custody = (await make(w.people.mine.id, 'CUSTODY')).id
  northOrder = (await make(w.people.north.id, 'COMMUNITY_ORDER')).id
})

const version = async (id: string) => String((await prisma.sentence.findUniqueOrThrow({ where: { id } })).version)
const counts = async () => [await prisma.sentenceRequirement.count(), await prisma.sentenceEvent.count(), await prisma.circumstanceSnapshot.count()]

describe('varying an order', () => {
  it('adds a requirement, removes one (kept, dated) and extends the order, each with a history entry and audit row', async () => {
    await varySentence(w.actors.officer, { sentenceId: order, version: await version(order), on: '2026-03-01', change: 'ADD_REQUIREMENT', kind: 'CURFEW', amount: '3', hoursPerDay: '10' })
    const curfew = await prisma.sentenceRequirement.findFirstOrThrow({ where: { sentenceId: order, kind: 'CURFEW' } })
    expect(curfew).toMatchObject({ hoursPerDay: 10, durationMonths: 3 })

    const unpaid = await prisma.sentenceRequirement.findFirstOrThrow({ where: { sentenceId: order, kind: 'UNPAID_WORK' } })
    await varySentence(w.actors.officer, { sentenceId: order, version: await version(order), on: '2026-03-02', change: 'REMOVE_REQUIREMENT', requirementId: unpaid.id })
    expect(await prisma.sentenceRequirement.findUniqueOrThrow({ where: { id: unpaid.id } })).toMatchObject({ removedOn: new Date('2026-03-02') })
    // Progress can no longer be recorded on a removed requirement.
    await expect(recordRequirementProgress(w.actors.officer, { requirementId: unpaid.id, units: '2', workedOn: '2026-03-05' })).rejects.toMatchObject({ code: 'NOT_FOUND' })

    await varySentence(w.actors.officer, { sentenceId: order, version: await version(order), on: '2026-03-03', change: 'EXTEND', extendMonths: '6' })
    expect(await prisma.sentence.findUniqueOrThrow({ where: { id: order } })).toMatchObject({ lengthMonths: 18, expectedEndDate: new Date('2027-07-04') })
    const events = await prisma.sentenceEvent.findMany({ where: { sentenceId: order }, orderBy: { createdAt: 'asc' } })
    expect(events.map((e) => e.type)).toEqual(['REQUIREMENT_ADDED', 'REQUIREMENT_REMOVED', 'EXTENDED'])
    expect(await prisma.auditEvent.count({ where: { action: 'sentence.vary', subjectId: order } })).toBe(3)
  })

  it('refuses bad variations and saves nothing', async () => {
    const before = await counts()
    const v = await version(order)
    for (const [bad, field, key] of [
      [{ change: 'ADD_REQUIREMENT', kind: 'UNPAID_WORK', amount: '500' }, 'amount', 'numberTooBig'],
      [{ change: 'ADD_REQUIREMENT', kind: 'CURFEW', amount: '2', hoursPerDay: '23' }, 'hoursPerDay', 'numberTooBig'],
      [{ change: 'ADD_REQUIREMENT', kind: 'EXCLUSION' }, 'details', 'required'],
      [{ change: 'EXTEND', extendMonths: '0' }, 'extendMonths', 'numberTooSmall'],
    ] as const) {
      const error = await varySentence(w.actors.officer, { sentenceId: order, version: v, on: '2026-04-01', ...bad }).catch((e: unknown) => e)
      expect(error, JSON.stringify(bad)).toBeInstanceOf(ZodError)
      expect((error as ZodError).issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([field, key])
    }
    await expect(varySentence(w.actors.officer, { sentenceId: order, version: v, on: '2026-04-01', change: 'EXTEND', extendMonths: '24' })).rejects.toMatchObject({ fieldErrors: { extendMonths: ['orderTooLong'] } })
    await expect(varySentence(w.actors.officer, { sentenceId: order, version: v, on: '2025-12-01', change: 'EXTEND', extendMonths: '1' })).rejects.toMatchObject({ fieldErrors: { on: ['beforeSentence'] } })
    await expect(varySentence(w.actors.officer, { sentenceId: custody, version: await version(custody), on: '2026-04-01', change: 'ADD_REQUIREMENT', kind: 'UNPAID_WORK', amount: '50' })).rejects.toMatchObject({ fieldErrors: { kind: ['requirementNotForOrder'] } })
    await expect(varySentence(w.actors.officer, { sentenceId: order, version: '1', on: '2026-04-01', change: 'EXTEND', extendMonths: '1' })).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(await counts()).toEqual(before)
    expect(await version(order)).toBe(v)
  })

  it('is for probation staff who manage the person', async () => {
    const input = async (id: string) => ({ sentenceId: id, version: await version(id), on: '2026-04-01', change: 'EXTEND', extendMonths: '1' })
    await expect(varySentence(w.actors.police, await input(order))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(varySentence(w.actors.colleague, await input(order))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(varySentence(w.actors.officer, await input(northOrder))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(varySentence(w.actors.officer, { ...(await input(order)), sentenceId: randomUUID() })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('custody events', () => {
  it('records release with the snapshot, recall and return to custody, in that order only', async () => {
    const before = await counts()
    await expect(recordCustodyEvent(w.actors.officer, { sentenceId: custody, version: await version(custody), on: '2026-02-01', event: 'RECALLED', recallType: 'STANDARD', reason: 'Failed to reside' })).rejects.toMatchObject({ fieldErrors: { event: ['custodyOrder'] } })
    await expect(recordCustodyEvent(w.actors.officer, { sentenceId: custody, version: await version(custody), on: '2025-12-01', event: 'RELEASED', releaseType: 'AUTOMATIC' })).rejects.toMatchObject({ fieldErrors: { on: ['beforeSentence'] } })
    const bad = await recordCustodyEvent(w.actors.officer, { sentenceId: custody, version: await version(custody), on: '2026-02-01', event: 'RELEASED', releaseType: 'AUTOMATIC', accommodation: 'APPROVED_PREMISES' }).catch((e: unknown) => e)
    expect((bad as ZodError).issues.map((i) => [i.path.join('.'), i.message])).toContainEqual(['accommodation', 'snapshotBoth'])
    await expect(recordCustodyEvent(w.actors.police, { sentenceId: custody, version: await version(custody), on: '2026-02-01', event: 'RELEASED', releaseType: 'HDC' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(recordCustodyEvent(w.actors.northOfficer, { sentenceId: custody, version: await version(custody), on: '2026-02-01', event: 'RELEASED', releaseType: 'HDC' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await counts()).toEqual(before)

    await recordCustodyEvent(w.actors.officer, { sentenceId: custody, version: await version(custody), on: '2026-02-01', event: 'RELEASED', releaseType: 'HDC', accommodation: 'APPROVED_PREMISES', ete: 'UNEMPLOYED_SEEKING' })
    await recordCustodyEvent(w.actors.officer, { sentenceId: custody, version: await version(custody), on: '2026-03-01', event: 'RECALLED', recallType: 'FIXED_TERM', reason: 'Curfew breaches' })
    await expect(recordCustodyEvent(w.actors.officer, { sentenceId: custody, version: await version(custody), on: '2026-02-20', event: 'RETURNED_TO_CUSTODY' })).rejects.toMatchObject({ fieldErrors: { on: ['custodyOrder'] } })
    await recordCustodyEvent(w.actors.officer, { sentenceId: custody, version: await version(custody), on: '2026-03-04', event: 'RETURNED_TO_CUSTODY' })
    const events = await prisma.sentenceEvent.findMany({ where: { sentenceId: custody }, orderBy: { createdAt: 'asc' } })
    expect(events.map((e) => [e.type, e.values])).toEqual([
      ['RELEASED', { on: '2026-02-01', releaseType: 'HDC' }],
      ['RECALLED', { on: '2026-03-01', recallType: 'FIXED_TERM', reason: 'Curfew breaches' }],
      ['RETURNED_TO_CUSTODY', { on: '2026-03-04' }],
    ])
    expect(await prisma.circumstanceSnapshot.findFirst({ where: { sentenceId: custody } })).toMatchObject({ occasion: 'RELEASE', accommodation: 'APPROVED_PREMISES' })
    expect(await prisma.auditEvent.count({ where: { action: 'sentence.custody', subjectId: custody } })).toBe(3)
  })
})
