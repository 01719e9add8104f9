import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { findCaseload } from '../../../src/server/offenders/find-caseload'
import { PAGE_SIZE } from '../../../src/server/offenders/offender.schemas'
import { sealCursor } from '../../../src/server/paging/sealed-cursor'
import type { Actor } from '../../../src/server/policy'
import { actorOf } from '../../support/actor'
import { createOffender, createUser } from '../../factories'
import { buildWorld, type World } from '../../support/world'
import { rowIdOf } from '../../support/row-ids'

let w: World
let officer: Actor
let all: string[]
const levels = ['LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH', null] as const
const COUNT = 2 * PAGE_SIZE + 7

beforeAll(async () => {
  w = await buildWorld()
  const user = await createUser(prisma, { agencyId: w.nps.id, teamId: w.teamA.id, roles: ['PROBATION_OFFICER'] })
  officer = await actorOf(user)
  // Few surnames and RoSH levels, so most rows tie on the first sort column and the tie-breakers decide.
  const people = []
  for (let i = 0; i < COUNT; i++) {
    const rosh = levels[i % levels.length]
    people.push(
      await createOffender(prisma, {
        responsibleAgencyId: w.nps.id,
        offenderManagerId: user.id,
        teamId: w.teamA.id,
        lduId: w.cardiff.id,
        lastName: ['Davies', 'Evans', 'Jones'][i % 3],
        firstName: ['Rhys', 'Ffion', 'Aled', 'Cerys'][i % 4],
        ...(rosh ? { riskProfile: { create: { overallRosh: rosh, assessedAt: new Date() } } } : {}),
      }),
    )
  }
  all = people.map((p) => p.id)
})

const idOf = rowIdOf

/** Every page, following "next" from the first page, then "previous" back from the last. */
async function walk(actor: Actor, q: Record<string, unknown>) {
  const forward: string[][] = []
  let page = await findCaseload(actor, q)
  forward.push(page.rows.map(idOf))
  while (page.hasNext) {
    page = await findCaseload(actor, { ...q, after: page.lastCursor })
    forward.push(page.rows.map(idOf))
  }
  const backward: string[][] = [forward.at(-1)!]
  while (page.hasPrevious) {
    page = await findCaseload(actor, { ...q, before: page.firstCursor })
    backward.unshift(page.rows.map(idOf))
  }
  return { forward, backward }
}

describe('caseload keyset pages', () => {
  for (const sort of ['name', 'crn', 'rosh'] as const) {
    for (const dir of ['asc', 'desc'] as const) {
      it(`walks every page by ${sort} ${dir}, forwards and back, in the same order as one unpaged query`, async () => {
        const orderBy = {
          name: [{ lastName: dir }, { firstName: dir }, { crn: 'asc' as const }],
          crn: [{ crn: dir }],
          rosh: [{ riskProfile: { overallRosh: dir } }, { lastName: 'asc' as const }, { crn: 'asc' as const }],
        }[sort]
        const expected = (await prisma.offender.findMany({ where: { id: { in: all } }, orderBy, select: { id: true } })).map((r) => r.id)
        const { forward, backward } = await walk(officer, { sort, dir })
        expect(forward.map((p) => p.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 7])
        expect(forward.flat()).toEqual(expected)
        expect(backward).toEqual(forward)
      })
    }
  }

  it('ignores a cursor outside the actor’s scope and starts from the first page', async () => {
    const first = await findCaseload(officer, {})
    const outside = await findCaseload(officer, { after: sealCursor('caseload', w.people.north.id) })
    expect(outside.rows.map(idOf)).toEqual(first.rows.map(idOf))
    expect(outside.hasPrevious).toBe(false)
  })

  // Issue 17 defect 6 (ADR 0023): a cursor is sealed; a plain id, a CRN, an altered cursor or another list's starts
  // from the first page, so a hand-made cursor cannot aim the list anywhere.
  it('starts from the first page for a cursor it did not seal for the caseload', async () => {
    const first = await findCaseload(officer, {})
    const second = await findCaseload(officer, { after: first.lastCursor })
    const altered = `${first.lastCursor!.slice(0, -2)}${first.lastCursor!.endsWith('AA') ? 'BB' : 'AA'}`
    for (const after of [first.rows[24] && idOf(first.rows[24]), `crn:${w.people.mine.crn}`, "x' OR 1=1", altered, sealCursor('mappa.register', idOf(first.rows[24]!))]) {
      const page = await findCaseload(officer, { after })
      expect(page.rows.map(idOf)).toEqual(first.rows.map(idOf))
    }
    expect(second.rows.map(idOf)).not.toEqual(first.rows.map(idOf))
  })
})
