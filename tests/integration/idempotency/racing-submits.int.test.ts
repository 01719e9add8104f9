import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { recordCourtOutcome } from '../../../src/server/sentences/record-court-outcome'
import { recordProvenOffence } from '../../../src/server/sentences/record-proven-offence'
import { createOffender } from '../../factories'
import { buildWorld, type World } from '../../support/world'
import { arrange, day } from '../diary/support'

// Found by trying to break issue 13: identical submits racing each other (a double click, a retried request) were
// told "Something went wrong" or "clashes with an appointment" about the very record they had created.
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const person = () => createOffender(prisma, { responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.officer.id, teamId: w.teamA.id, lduId: w.cardiff.id })
const race = <T>(n: number, submit: () => Promise<T>) => Promise.allSettled(Array.from({ length: n }, submit))
const outcomes = (results: PromiseSettledResult<{ id: string }>[]) => results.map((r) => (r.status === 'fulfilled' ? r.value.id : `rejected: ${JSON.stringify(r.reason?.code ?? String(r.reason))}`))

describe('identical submits racing each other are all told the one record exists', () => {
  it('records one court outcome', async () => {
    const p = await person()
    const form = {
      offenderId: p.id,
      idempotencyKey: randomUUID(),
      court: 'Cardiff Magistrates’ Court',
      sentenceDate: '2026-01-05',
      type: 'COMMUNITY_ORDER',
      lengthMonths: '12',
      'offences.0.category': 'ACQUISITIVE',
      'offences.0.offenceDate': '2025-11-20',
      'offences.0.description': 'Theft from a shop',
      mainOffence: '0',
      'requirements.UNPAID_WORK.hours': '120',
    }
    const ids = outcomes(await race(5, () => recordCourtOutcome(w.actors.officer, form)))
    expect(new Set(ids).size).toBe(1)
    expect(ids[0]).not.toMatch(/^rejected/)
    expect(await prisma.sentence.count({ where: { offenderId: p.id } })).toBe(1)
  })

  it('records one caution', async () => {
    const p = await person()
    const form = { offenderId: p.id, idempotencyKey: randomUUID(), offenceDate: '2026-03-02', category: 'PUBLIC_ORDER', provenOn: '2026-03-09', disposal: 'CAUTION', sentenceType: '', description: 'Threatening behaviour' }
    const ids = outcomes(await race(4, () => recordProvenOffence(w.actors.officer, form)))
    expect(new Set(ids).size).toBe(1)
    expect(ids[0]).not.toMatch(/^rejected/)
    expect(await prisma.provenOffence.count({ where: { offenderId: p.id } })).toBe(1)
  })

  it('books one appointment, not a clash with itself', async () => {
    const p = await person()
    const key = randomUUID()
    const ids = outcomes(await race(3, () => arrange(w.actors.officer, p.id, `${day(20)}T11:00`, { idempotencyKey: key })))
    expect(new Set(ids).size).toBe(1)
    expect(ids[0]).not.toMatch(/^rejected/)
    expect(await prisma.contact.count({ where: { offenderId: p.id, type: 'APPOINTMENT' } })).toBe(1)
  })
})
