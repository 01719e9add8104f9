import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { getSentences } from '../../../src/server/sentences/get-sentences'
import { recordCircumstances } from '../../../src/server/sentences/record-circumstances'
import { recordCustodyEvent } from '../../../src/server/sentences/record-custody-event'
import { buildWorld, type World } from '../../support/world'

let w: World
let custody: string
beforeAll(async () => {
  w = await buildWorld()
  custody = (await prisma.sentence.create({ data: { offenderId: w.people.mine.id, type: 'CUSTODY', indexOffence: 'Burglary', lengthMonths: 12, lengthDays: 0, startDate: new Date('2026-01-05'), expectedEndDate: new Date('2027-01-04') } })).id
})

const due = async () => (await getSentences(w.actors.officer, w.people.mine.id)).sentences.find((s) => s.id === custody)!.releaseSnapshotDue

describe('accommodation and employment at release', () => {
  it('a release saved without them saves, and shows them as due until recorded', async () => {
    expect(await due()).toBeNull()
    await recordCustodyEvent(w.actors.officer, { sentenceId: custody, version: '1', event: 'RELEASED', on: '2026-03-01', releaseType: 'AUTOMATIC' })
    expect(await prisma.circumstanceSnapshot.count({ where: { sentenceId: custody } })).toBe(0)
    expect(await due()).toBe('2026-03-01')
    await recordCircumstances(w.actors.officer, { offenderId: w.people.mine.id, idempotencyKey: randomUUID(), asAt: '2026-03-04', accommodation: 'APPROVED_PREMISES', ete: 'UNEMPLOYED_SEEKING' })
    expect(await due()).toBeNull()
  })

  it('a release with them records the RELEASE snapshot and nothing is due', async () => {
    const other = (await prisma.sentence.create({ data: { offenderId: w.people.north.id, type: 'CUSTODY', indexOffence: 'Burglary', lengthMonths: 12, lengthDays: 0, startDate: new Date('2026-01-05'), expectedEndDate: new Date('2027-01-04') } })).id
    await recordCustodyEvent(w.actors.northOfficer, { sentenceId: other, version: '1', event: 'RELEASED', on: '2026-03-01', releaseType: 'AUTOMATIC', accommodation: 'SETTLED_SUITABLE', ete: 'PART_TIME' })
    expect(await prisma.circumstanceSnapshot.findFirstOrThrow({ where: { sentenceId: other } })).toMatchObject({ occasion: 'RELEASE', accommodation: 'SETTLED_SUITABLE' })
    expect((await getSentences(w.actors.northOfficer, w.people.north.id)).sentences.find((s) => s.id === other)!.releaseSnapshotDue).toBeNull()
  })
})
