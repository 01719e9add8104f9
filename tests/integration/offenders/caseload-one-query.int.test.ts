import { beforeAll, describe, expect, it } from 'vitest'
import { sealCursor } from '../../../src/server/paging/sealed-cursor'
import { prisma } from '../../../src/server/db'
import { findCaseload, findCaseloadByGeneralPath } from '../../../src/server/offenders/find-caseload'
import { PAGE_SIZE } from '../../../src/server/offenders/offender.schemas'
import type { Actor } from '../../../src/server/policy'
import { actorOf } from '../../support/actor'
import { createContact, createOffender, createUser } from '../../factories'
import { countStatements } from '../../support/count-statements'
import { lastAudit as lastAuditOf } from '../../support/last-audit'
import { buildWorld, type World } from '../../support/world'

/**
 * The caseload page in one SQL statement (caseload-one-query.ts, issue 18 item 1) gives exactly the page of the
 * general path (pickCaseloadPage, then rows and audit): the same rows (redacted ones too), total, cursors and
 * neighbours, and the same audit row, for every view, name and CRN sort, page by page, and from a cursor that no
 * longer names a shown person.
 */
let w: World
let officer: Actor
let actors: Record<string, Actor>
let excludedId: string
const COUNT = 2 * PAGE_SIZE + 7

beforeAll(async () => {
  w = await buildWorld()
  const user = await createUser(prisma, { agencyId: w.nps.id, teamId: w.teamA.id, roles: ['PROBATION_OFFICER'] })
  officer = await actorOf(user)
  for (let i = 0; i < COUNT; i++) {
    const person = await createOffender(prisma, {
      responsibleAgencyId: w.nps.id,
      // A few nobody manages yet, for the "unallocated" view.
      offenderManagerId: i % 11 === 5 ? null : user.id,
      teamId: w.teamA.id,
      lduId: w.cardiff.id,
      lastName: ['Davies', 'Evans', 'Jones'][i % 3],
      firstName: ['Rhys', 'Ffion', 'Aled', 'Cerys'][i % 4],
    })
    // What the filter form narrows on: an active order (or an ended one), a RoSH level, an overdue outcome or review.
    if (i % 3 === 0) await prisma.sentence.create({ data: { offenderId: person.id, type: 'COMMUNITY_ORDER', status: i % 6 === 0 ? 'ACTIVE' : 'COMPLETED', indexOffence: 'Theft', startDate: new Date('2025-01-01'), expectedEndDate: new Date('2027-01-01') } })
    if (i % 4 === 1) await prisma.riskProfile.create({ data: { offenderId: person.id, overallRosh: 'HIGH', assessedAt: new Date() } })
    if (i % 5 === 2) await createContact(prisma, { offenderId: person.id, type: 'APPOINTMENT', occurredAt: new Date(Date.now() - 86_400_000), authorId: user.id, authorAgencyId: w.nps.id })
    if (i % 7 === 4) await prisma.riskFlag.create({ data: { offenderId: person.id, type: 'SELF_HARM', registeredAt: new Date('2026-01-01'), nextReviewDate: new Date('2026-02-01') } })
    // Some restricted to someone else and one excluding the officer: redacted rows, last, by CRN.
    if (i % 9 === 2) await prisma.accessRestriction.create({ data: { offenderId: person.id, kind: 'RESTRICTION', userId: w.staff.colleague.id, reason: 'Staff member' } })
    if (i === 20) {
      await prisma.accessRestriction.create({ data: { offenderId: person.id, kind: 'EXCLUSION', userId: user.id, reason: 'Neighbour' } })
      excludedId = person.id
    }
  }
  actors = { officer, senior: w.actors.senior, colleague: w.actors.colleague, police: w.actors.police }
})

type Page = { hasNext: boolean; lastCursor?: string } | { refused?: string }

async function both(actor: Actor, q: Record<string, unknown>) {
  const settle = (p: Promise<{ query: unknown; hasNext: boolean; lastCursor?: string }>): Promise<Page> =>
    p.then(({ query: _query, ...page }) => page, (e: { code?: string }) => ({ refused: e.code }))
  return { one: await settle(findCaseload(actor, q)), general: await settle(findCaseloadByGeneralPath(actor, q)) }
}

const lastAudit = (actor: Actor) => lastAuditOf(actor, 'caseload.view')

describe('the caseload in one query', () => {
  for (const sort of ['name', 'crn'] as const) {
    for (const dir of ['asc', 'desc'] as const) {
      it(`gives the general path's pages by ${sort} ${dir}, in every view`, async () => {
        let pages = 0
        for (const [name, actor] of Object.entries(actors)) {
          for (const view of ['mine', 'team', 'ldu', 'unallocated'] as const) {
            const q = { view, sort, dir }
            let { one, general } = await both(actor, q)
            expect({ name, view, one }).toEqual({ name, view, one: general })
            while ('hasNext' in one && one.hasNext) {
              ;({ one, general } = await both(actor, { ...q, after: one.lastCursor, page: ++pages }))
              expect({ name, view, one }).toEqual({ name, view, one: general })
            }
          }
        }
        // The walk crossed pages and reached the redacted group.
        expect(pages).toBeGreaterThan(4)
      })
    }
  }

  it("gives the general path's filtered pages, with no redacted rows, in one query (issue 18 item 4)", async () => {
    let rows = 0
    for (const filter of [{ sentenceType: 'COMMUNITY_ORDER' }, { rosh: 'HIGH' }, { overdue: 'yes' }, { rosh: 'HIGH', overdue: 'yes' }]) {
      for (const [name, actor] of Object.entries(actors)) {
        for (const view of ['mine', 'team', 'unallocated'] as const) {
          for (const sort of ['name', 'crn'] as const) {
            const q = { view, sort, ...filter }
            let { one, general } = await both(actor, q)
            expect({ name, q, one }).toEqual({ name, q, one: general })
            if ('rows' in one) rows += (one.rows as unknown[]).length
            while ('hasNext' in one && one.hasNext) {
              ;({ one, general } = await both(actor, { ...q, after: one.lastCursor }))
              expect({ name, q, one }).toEqual({ name, q, one: general })
            }
          }
        }
      }
    }
    expect(rows).toBeGreaterThan(20)
    const { statements } = await countStatements(() => findCaseload(officer, { view: 'team', rosh: 'HIGH', overdue: 'yes' }))
    expect(statements).toBe(2)
  })

  it('starts from the top, with no previous page, after a person no longer shown or unknown', async () => {
    for (const after of [excludedId, '00000000-0000-4000-8000-000000000000'].map((id) => sealCursor('caseload', id))) {
      const { one, general } = await both(officer, { after })
      expect(one).toEqual(general)
      expect(one).toMatchObject({ hasPrevious: false, hasNext: true })
    }
  })

  it('shows the redacted rows and counts them as the general path does, and writes the same audit row', async () => {
    const { one, general } = await both(officer, { view: 'team', after: undefined })
    expect(one).toEqual(general)
    const one1 = await findCaseload(officer, { view: 'mine', page: 1 })
    const first = await lastAudit(officer)
    const general1 = await findCaseloadByGeneralPath(officer, { view: 'mine', page: 1 })
    expect(await lastAudit(officer)).toEqual(first)
    expect(first).toMatchObject({ subjectType: 'Caseload', detail: { view: 'mine', page: 1, total: one1.total } })
    expect(one1.total).toBe(general1.total)
    let page = one1
    while (page.hasNext) page = await findCaseload(officer, { view: 'mine', after: page.lastCursor })
    expect(page.rows.filter((r) => r.restricted).length).toBeGreaterThan(0)
  })

  it("reads the home's page, its count and its audit row in two statements, sent together (issue 18 item 2)", async () => {
    const { result, statements } = await countStatements(() => findCaseload(officer, { view: 'team' }))
    expect(result.rows.length).toBeGreaterThan(0)
    expect(statements).toBe(2)
  })
})
