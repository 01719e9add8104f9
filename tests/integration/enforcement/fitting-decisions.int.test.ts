import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { decideEnforcement } from '../../../src/server/enforcement/decide-enforcement'
import { findEnforcementFor } from '../../../src/server/enforcement/find-enforcement'
import { buildWorld, type World } from '../../support/world'
import { failureToAttend, freshPerson } from './support'

// Found walking issue 13: the decision form offered recall on a community order, and the server took it.
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const order = (offenderId: string, type: 'COMMUNITY_ORDER' | 'LICENCE') =>
  prisma.sentence.create({ data: { offenderId, type, indexOffence: 'Burglary', lengthMonths: 12, lengthDays: 0, startDate: new Date('2026-01-05'), expectedEndDate: new Date('2027-01-04') } })

describe('an enforcement decision fits the person’s sentence', () => {
  it('refuses recall on a community order (nothing saved), offers and takes breach', async () => {
    const person = await freshPerson(w)
    await order(person.id, 'COMMUNITY_ORDER')
    const id = await failureToAttend(w, w.actors.officer, person.id)
    expect((await findEnforcementFor(w.actors.officer, person.id))[0]!.decisions).toEqual(['WARNING', 'BREACH'])
    await expect(decideEnforcement(w.actors.officer, { enforcementId: id, version: 1, kind: 'RECALL', reason: 'Missed again.' })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { kind: ['kindNotForSentence'] } })
    expect(await prisma.enforcementAction.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'AWAITING_DECISION', kind: null, version: 1 })
    await decideEnforcement(w.actors.officer, { enforcementId: id, version: 1, kind: 'BREACH', reason: 'Missed again.' })
    expect(await prisma.enforcementAction.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'AWAITING_COUNTERSIGNATURE', kind: 'BREACH' })
  })

  it('refuses breach on a licence and takes recall', async () => {
    const person = await freshPerson(w)
    await order(person.id, 'LICENCE')
    const id = await failureToAttend(w, w.actors.officer, person.id)
    await expect(decideEnforcement(w.actors.officer, { enforcementId: id, version: 1, kind: 'BREACH', reason: 'Missed again.' })).rejects.toMatchObject({ fieldErrors: { kind: ['kindNotForSentence'] } })
    await decideEnforcement(w.actors.officer, { enforcementId: id, version: 1, kind: 'RECALL', reason: 'Whereabouts unknown.' })
    expect(await prisma.enforcementAction.findUniqueOrThrow({ where: { id } })).toMatchObject({ kind: 'RECALL' })
  })
})
