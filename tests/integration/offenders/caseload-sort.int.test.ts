import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { defaultCaseloadView, findCaseload } from '../../../src/server/offenders/find-caseload'
import { PAGE_SIZE } from '../../../src/server/offenders/offender.schemas'
import type { OffenderRow } from '../../../src/server/offenders/offender.select'
import type { Actor } from '../../../src/server/policy'
import { actorOf } from '../../support/actor'
import { createContact, createOffender, createUser } from '../../factories'
import { buildWorld, type World } from '../../support/world'

type Row = Extract<OffenderRow, { restricted: false }>
let w: World
let officer: Actor
let all: string[]
const COUNT = 2 * PAGE_SIZE + 7
const DAY = 86_400_000
const midnight = Math.floor(Date.now() / DAY) * DAY
const levels = ['LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH', null] as const

beforeAll(async () => {
  w = await buildWorld()
  const user = await createUser(prisma, { agencyId: w.nps.id, teamId: w.teamA.id, roles: ['PROBATION_OFFICER'] })
  officer = await actorOf(user)
  const author = { authorId: user.id, authorAgencyId: w.nps.id }
  all = []
  // Few distinct values per key, so most rows tie and the tie-breakers (surname, then CRN) decide.
  for (let i = 0; i < COUNT; i++) {
    const rosh = levels[i % levels.length]
    const p = await createOffender(prisma, {
      responsibleAgencyId: w.nps.id, offenderManagerId: user.id, teamId: w.teamA.id, lduId: w.cardiff.id,
      lastName: ['Davies', 'Evans', 'Jones'][i % 3], firstName: 'Sam',
      ...(rosh ? { riskProfile: { create: { overallRosh: rosh, assessedAt: new Date() } } } : {}),
    })
    all.push(p.id)
    const flag = (type: 'IOM' | 'MAPPA' | 'MENTAL_HEALTH' | 'GANGS' | 'SELF_HARM', extra: Record<string, unknown> = {}) =>
      prisma.riskFlag.create({ data: { offenderId: p.id, type, registeredAt: new Date('2026-01-01'), ...extra } })
    if (i % 4 === 0) await flag('IOM')
    if (i % 9 === 0) await flag('MAPPA', { level: 2, category: 1 })
    if (i % 3 === 0) await flag('MENTAL_HEALTH')
    if (i % 6 === 0) await flag('GANGS')
    if (i % 7 === 0) await flag('SELF_HARM', { nextReviewDate: new Date(midnight - 3 * DAY) })
    if (i % 2 === 0) await createContact(prisma, { offenderId: p.id, ...author, type: 'APPOINTMENT', occurredAt: new Date(midnight + ((i % 5) + 2) * DAY), notes: '' })
    if (i % 3 === 1) await createContact(prisma, { offenderId: p.id, ...author, occurredAt: new Date(midnight - ((i % 4) + 1) * DAY) })
    for (let k = 0; k < (i % 4 === 1 ? (i % 3) + 1 : 0); k++) {
      await createContact(prisma, { offenderId: p.id, ...author, type: 'APPOINTMENT', occurredAt: new Date(midnight - (k + 5) * DAY), notes: '' })
    }
  }
})

/** Every page, following "next" from the first, then "previous" back from the last. */
async function walk(q: Record<string, unknown>) {
  const forward: Row[][] = []
  let page = await findCaseload(officer, q)
  forward.push(page.rows as Row[])
  while (page.hasNext) {
    page = await findCaseload(officer, { ...q, after: page.lastCursor })
    forward.push(page.rows as Row[])
  }
  const backward: Row[][] = [forward.at(-1)!]
  while (page.hasPrevious) {
    page = await findCaseload(officer, { ...q, before: page.firstCursor })
    backward.unshift(page.rows as Row[])
  }
  return { forward, backward }
}

/** The value each sort orders by, as the page shows it (computed in TypeScript, not by the database view). */
const keyOf: Record<string, (r: Row) => number | string | null> = {
  tier: (r) => r.tier,
  nextAppointment: (r) => r.nextAppointment?.getTime() ?? null,
  lastContact: (r) => r.lastContact?.getTime() ?? null,
  overdue: (r) => r.overdueItems,
}

/** Ascending puts a missing value last, descending first (as PostgreSQL does); ties go by surname, then CRN. */
function compare(sort: string, dir: 'asc' | 'desc') {
  return (a: Row, b: Row) => {
    const [x, y] = [keyOf[sort]!(a), keyOf[sort]!(b)]
    if (x !== y) {
      if (x === null) return dir === 'asc' ? 1 : -1
      if (y === null) return dir === 'asc' ? -1 : 1
      return (x < y ? -1 : 1) * (dir === 'asc' ? 1 : -1)
    }
    const [sa, sb] = [a.name.split(',')[0]!, b.name.split(',')[0]!]
    return sa !== sb ? (sa < sb ? -1 : 1) : a.crn < b.crn ? -1 : 1
  }
}

describe('caseload sorted by derived keys, in the query (issue 15 item 9)', () => {
  for (const sort of ['tier', 'nextAppointment', 'lastContact', 'overdue'] as const) {
    for (const dir of ['asc', 'desc'] as const) {
      it(`walks every page by ${sort} ${dir}: each person once, in order, the same forwards and back`, async () => {
        const { forward, backward } = await walk({ sort, dir })
        const rows = forward.flat()
        expect(forward.map((p) => p.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 7])
        expect(new Set(rows.map((r) => r.id))).toEqual(new Set(all))
        expect(rows.map((r) => r.id)).toEqual([...rows].sort(compare(sort, dir)).map((r) => r.id))
        expect(backward.map((p) => p.map((r) => r.id))).toEqual(forward.map((p) => p.map((r) => r.id)))
      })
    }
  }

  it('has the sort values spread, so the order is really tested', async () => {
    const rows = (await walk({ sort: 'tier' })).forward.flat()
    expect(new Set(rows.map((r) => r.tier)).size).toBeGreaterThanOrEqual(5)
    expect(new Set(rows.map((r) => r.overdueItems)).size).toBeGreaterThanOrEqual(3)
    expect(rows.some((r) => r.nextAppointment === null) && rows.some((r) => r.nextAppointment !== null)).toBe(true)
  })

  it('names the offender manager on each row, and opens a senior on their team', async () => {
    const rows = (await findCaseload(officer, {})).rows as Row[]
    expect(rows[0]!.managerName).toBeTruthy()
    expect(defaultCaseloadView(w.actors.senior)).toBe('team')
    expect(defaultCaseloadView(w.actors.officer)).toBe('mine')
    expect(defaultCaseloadView(w.actors.police)).toBe('mine')
  })
})
