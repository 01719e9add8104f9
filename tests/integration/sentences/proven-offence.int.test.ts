import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { getSentences } from '../../../src/server/sentences/get-sentences'
import { recordProvenOffence } from '../../../src/server/sentences/record-proven-offence'
import { buildWorld, type World } from '../../support/world'

let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const caution = (offenderId: string, extra: Record<string, unknown> = {}) => ({
  offenderId,
  idempotencyKey: randomUUID(),
  offenceDate: '2026-03-02',
  category: 'PUBLIC_ORDER',
  provenOn: '2026-03-09',
  disposal: 'CAUTION',
  sentenceType: '',
  description: 'Threatening behaviour outside a pub',
  ...extra,
})

describe('recording a further conviction or caution', () => {
  it('lets police record a caution for a person in their scope, once per form, audited and shown on the record', async () => {
    const input = caution(w.people.mappaCardiff.id)
    const { id } = await recordProvenOffence(w.actors.police, input)
    expect(await recordProvenOffence(w.actors.police, input)).toEqual({ id, offenderId: w.people.mappaCardiff.id })
    expect(await prisma.provenOffence.findUniqueOrThrow({ where: { id } })).toMatchObject({ disposal: 'CAUTION', sentenceType: null, recordedAgencyId: w.police.id, provenOn: new Date('2026-03-09') })
    expect(await prisma.auditEvent.findFirst({ where: { action: 'conviction.record', subjectId: id } })).toMatchObject({ actorUserId: w.staff.police.id, offenderId: w.people.mappaCardiff.id })
    const history = await getSentences(w.actors.police, w.people.mappaCardiff.id)
    expect(history).toMatchObject({ canManage: false, canRecordConviction: true, provenOffences: [{ id, disposal: 'CAUTION' }] })
  })

  it('lets probation record a conviction with its sentence type for their own case', async () => {
    const { id } = await recordProvenOffence(w.actors.officer, caution(w.people.mine.id, { disposal: 'CONVICTION', sentenceType: 'COMMUNITY_ORDER', category: 'ACQUISITIVE' }))
    expect(await prisma.provenOffence.findUniqueOrThrow({ where: { id } })).toMatchObject({ disposal: 'CONVICTION', sentenceType: 'COMMUNITY_ORDER' })
  })

  it('refuses bad dates and disposals, saving nothing', async () => {
    const before = await prisma.provenOffence.count()
    for (const [bad, field, key] of [
      [{ offenceDate: '2026-03-10' }, 'offenceDate', 'offenceAfterProven'],
      [{ provenOn: '2098-01-01' }, 'provenOn', 'notInFuture'],
      [{ disposal: 'CONVICTION' }, 'sentenceType', 'sentenceTypeRequired'],
      [{ sentenceType: 'CUSTODY' }, 'sentenceType', 'sentenceTypeCaution'],
      [{ category: 'JAYWALKING' }, 'category', 'chooseOption'],
    ] as const) {
      const error = await recordProvenOffence(w.actors.police, caution(w.people.mappaCardiff.id, bad)).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ZodError)
      expect((error as ZodError).issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([field, key])
    }
    expect(await prisma.provenOffence.count()).toBe(before)
  })

  it('answers NOT_FOUND out of scope and FORBIDDEN to roles without the grant', async () => {
    const before = await prisma.provenOffence.count()
    await expect(recordProvenOffence(w.actors.police, caution(w.people.mine.id))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(recordProvenOffence(w.actors.police, caution(w.people.mappaNorth.id))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(recordProvenOffence(w.actors.northOfficer, caution(w.people.mine.id))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(recordProvenOffence(w.actors.mappa, caution(w.people.mappaCardiff.id))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(recordProvenOffence(w.actors.manager, caution(w.people.mine.id))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(recordProvenOffence(w.actors.colleague, caution(w.people.mine.id))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await prisma.provenOffence.count()).toBe(before)
  })
})
