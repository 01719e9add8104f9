import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { findCaseload } from '../../../src/server/offenders/find-caseload'
import { getOffender } from '../../../src/server/offenders/get-offender'
import { searchOffenders } from '../../../src/server/offenders/search-offenders'
import { offenderVisible } from '../../../src/server/policy'
import { buildWorld, type World } from '../../support/world'
import type { OffenderRow } from '../../../src/server/offenders/offender.select'

let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const ids = (rows: ({ id: string } | OffenderRow)[]) => rows.map((r) => ('restricted' in r && r.restricted ? 'restricted' : r.id))

describe('record scope (security.md AC-3)', () => {
  it('lets an officer open their own case and their team’s, read-only for the latter', async () => {
    expect((await getOffender(w.actors.officer, w.people.mine.id)).canWrite).toBe(true)
    expect((await getOffender(w.actors.officer, w.people.colleagues.id)).canWrite).toBe(false)
    expect((await getOffender(w.actors.officer, w.people.otherTeam.id)).canWrite).toBe(false)
  })

  it('answers NOT_FOUND alike for out-of-scope, non-existent and malformed ids', async () => {
    for (const id of [w.people.north.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      await expect(getOffender(w.actors.officer, id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
  })

  it('refuses roles with no case access before touching the data', async () => {
    for (const actor of [w.actors.manager, w.actors.admin, w.actors.volunteer]) {
      await expect(getOffender(actor, w.people.mine.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
      await expect(findCaseload(actor, {})).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
  })

  it('gives police and MAPPA staff only MAPPA/IOM people in their own region, and no caseload of their own', async () => {
    for (const actor of [w.actors.police, w.actors.mappa]) {
      const rows = await prisma.offender.findMany({ where: offenderVisible(actor), select: { id: true } })
      expect(ids(rows)).toContain(w.people.mappaCardiff.id)
      expect(ids(rows)).not.toContain(w.people.mappaNorth.id)
      expect(ids(rows)).not.toContain(w.people.mine.id)
      await expect(getOffender(actor, w.people.mappaNorth.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
      // No one is allocated to them: their home is IOM or MAPPA work, not a caseload (issue 15 item 15).
      await expect(findCaseload(actor, {})).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
  })

  it('writes an audit event for every record view', async () => {
    await getOffender(w.actors.senior, w.people.colleagues.id)
    const event = await prisma.auditEvent.findFirst({ where: { action: 'offender.view', actorUserId: w.staff.senior.id, offenderId: w.people.colleagues.id } })
    expect(event).toMatchObject({ subjectType: 'Offender', actorRoles: ['SENIOR_PROBATION_OFFICER'], actorAgencyId: w.nps.id })
  })
})

describe('caseload', () => {
  it('lists an officer’s own allocation, and the team view the whole team', async () => {
    const mine = await findCaseload(w.actors.officer, { view: 'mine' })
    expect(ids(mine.rows)).toEqual([w.people.mine.id])
    const team = await findCaseload(w.actors.officer, { view: 'team' })
    // The excluded and the restricted person are redacted rows, which carry no id (ADR 0023).
    expect(ids(team.rows).sort()).toEqual([w.people.mine.id, w.people.colleagues.id, 'restricted', 'restricted'].sort())
    expect(team.total).toBe(4)
  })

  it('rejects an unknown sort instead of guessing', async () => {
    await expect(findCaseload(w.actors.officer, { sort: 'dateOfBirth' })).rejects.toThrow()
  })
})

describe('Limited Access Offenders (security.md AC-5)', () => {
  const json = (value: unknown) => JSON.stringify(value)

  it('shows an excluded user a redacted row with no name, and nothing else', async () => {
    const team = await findCaseload(w.actors.officer, { view: 'team' })
    expect(team.rows.filter((r) => r.restricted)).toEqual([{ restricted: true }, { restricted: true }])
    // Issue 17 defect 6: nothing that identifies them, in the rows or the page's cursors (sealed, ADR 0023).
    for (const identifier of [w.people.excluded.lastName, w.people.excluded.crn, w.people.excluded.id]) expect(json(team)).not.toContain(identifier)
    await expect(getOffender(w.actors.officer, w.people.excluded.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('admits only the named users to a restricted record', async () => {
    expect((await getOffender(w.actors.senior, w.people.restricted.id)).lastName).toBe(w.people.restricted.lastName)
    await expect(getOffender(w.actors.otherSenior, w.people.restricted.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getOffender(w.actors.colleague, w.people.restricted.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const list = await findCaseload(w.actors.otherSenior, { view: 'team' })
    expect(list.rows.filter((r) => r.restricted).length).toBeGreaterThan(0)
    for (const identifier of [w.people.restricted.lastName, w.people.restricted.crn, w.people.restricted.id]) expect(json(list)).not.toContain(identifier)
  })

  it('lets a name search reveal nothing: no row and no count', async () => {
    const byName = await searchOffenders(w.actors.officer, { q: w.people.excluded.lastName })
    expect(byName.total).toBe(0)
    expect(byName.rows).toEqual([])
    const restricted = await searchOffenders(w.actors.otherSenior, { q: w.people.restricted.lastName })
    expect(restricted.total).toBe(0)
  })

  // ADR 0023: the user typed the CRN, so they know it; the page confirms neither name, details nor id.
  it('finds a limited-access person by exact CRN only as a redacted row, carrying no id or cursor', async () => {
    const byCrn = await searchOffenders(w.actors.officer, { q: w.people.excluded.crn })
    expect(byCrn.rows).toEqual([{ restricted: true }])
    expect(json({ ...byCrn, query: null })).not.toContain(w.people.excluded.id)
  })
})

describe('search', () => {
  it('finds people in scope by name, CRN and a misspelt name, and nobody out of scope', async () => {
    const exact = await searchOffenders(w.actors.officer, { q: w.people.mine.lastName })
    expect(ids(exact.rows)).toEqual([w.people.mine.id])
    const misspelt = w.people.colleagues.lastName.replace('Colleagues', 'Coleagues')
    expect(ids((await searchOffenders(w.actors.officer, { q: misspelt })).rows)).toContain(w.people.colleagues.id)
    expect((await searchOffenders(w.actors.officer, { q: w.people.north.lastName })).total).toBe(0)
    expect((await searchOffenders(w.actors.officer, { q: w.people.north.crn })).total).toBe(0)
  })

  it('rejects a one-letter query', async () => {
    await expect(searchOffenders(w.actors.officer, { q: 'a' })).rejects.toThrow()
  })
})
