import '../security/request-mocks'
import { beforeAll, describe, expect, it } from 'vitest'
import { runAction } from '../../../src/server/action'
import { prisma } from '../../../src/server/db'
import { addAccessEntryAction } from '../../../src/server/limited-access/actions'
import { createOffender } from '../../factories'
import { buildWorld, type World } from '../../support/world'
import { formOf, signedIn } from '../security/support'

// Break test 27, D3: a create that lost a race to an identical one hit a unique index and was told "Something went
// wrong. Nothing was saved." although the record was there. Answers here are catalogue keys (request-mocks).
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

describe('a unique index refusing a create is answered "already recorded", never "Something went wrong"', () => {
  it('five identical exclusion-list adds through the action: one saved, four told the person is already on it', async () => {
    signedIn.actor = w.actors.senior
    const p = await createOffender(prisma, { responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.officer.id, teamId: w.teamA.id, lduId: w.cardiff.id })
    const form = () => formOf({ offenderId: p.id, kind: 'EXCLUSION', userId: w.staff.colleague.id, reason: 'Neighbour of the family' })
    const answers = await Promise.all(Array.from({ length: 5 }, () => addAccessEntryAction(null, form())))
    expect(answers.filter((a) => a?.ok)).toHaveLength(1)
    expect(answers.filter((a) => !a?.ok).map((a) => a && !a.ok && a.code === 'VALIDATION' && a.fieldErrors)).toEqual(Array(4).fill({ userId: ['accessAlreadyListed'] }))
    expect(await prisma.accessRestriction.count({ where: { offenderId: p.id } })).toBe(1)
  })

  it('a create whose domain function does not map the refusal itself still says it is already recorded', async () => {
    signedIn.actor = w.actors.admin
    // A real refusal by PostgreSQL: a second user with an address that is already taken.
    const answer = await runAction(() => prisma.user.create({ data: { name: 'Dyblyg', email: w.staff.officer.email, agencyId: w.nps.id, passwordHash: 'x' } }))
    expect(answer).toEqual({ ok: false, code: 'VALIDATION', message: 'VALIDATION', fieldErrors: { _form: ['alreadyRecorded'] } })
  })
})
