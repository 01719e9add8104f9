import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { getSentences } from '../../../src/server/sentences/get-sentences'
import { recordCircumstances } from '../../../src/server/sentences/record-circumstances'
import { buildWorld, type World } from '../../support/world'

let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const update = (offenderId: string, extra: Record<string, unknown> = {}) => ({ offenderId, idempotencyKey: randomUUID(), asAt: '2026-05-01', accommodation: 'APPROVED_PREMISES', ete: 'EDUCATION_TRAINING', ...extra })

describe('recording accommodation and employment on their own', () => {
  it('adds a dated review row, once per form, audited, and shows it newest first', async () => {
    const input = update(w.people.mine.id)
    const { id } = await recordCircumstances(w.actors.officer, input)
    expect(await recordCircumstances(w.actors.officer, input)).toEqual({ id, offenderId: w.people.mine.id })
    expect(await prisma.circumstanceSnapshot.findUniqueOrThrow({ where: { id } })).toMatchObject({ occasion: 'REVIEW', accommodation: 'APPROVED_PREMISES', ete: 'EDUCATION_TRAINING', asAt: new Date('2026-05-01') })
    expect(await prisma.auditEvent.findFirst({ where: { action: 'circumstances.record', subjectId: id } })).toMatchObject({ actorUserId: w.staff.officer.id, offenderId: w.people.mine.id })
    await recordCircumstances(w.actors.officer, update(w.people.mine.id, { asAt: '2026-06-01', accommodation: 'SETTLED_SUITABLE' }))
    expect((await getSentences(w.actors.officer, w.people.mine.id)).circumstances.map((c) => c.accommodation)).toEqual(['SETTLED_SUITABLE', 'APPROVED_PREMISES'])
  })

  it('refuses bad input, the wrong role and people out of scope, saving nothing', async () => {
    const before = await prisma.circumstanceSnapshot.count()
    for (const [bad, field, key] of [
      [{ accommodation: 'MANSION' }, 'accommodation', 'chooseOption'],
      [{ ete: '' }, 'ete', 'chooseOption'],
      [{ asAt: '2098-01-01' }, 'asAt', 'notInFuture'],
    ] as const) {
      const error = await recordCircumstances(w.actors.officer, update(w.people.mine.id, bad)).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ZodError)
      expect((error as ZodError).issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([field, key])
    }
    await expect(recordCircumstances(w.actors.police, update(w.people.mappaCardiff.id))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(recordCircumstances(w.actors.colleague, update(w.people.mine.id))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(recordCircumstances(w.actors.northOfficer, update(w.people.mine.id))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await prisma.circumstanceSnapshot.count()).toBe(before)
  })
})
