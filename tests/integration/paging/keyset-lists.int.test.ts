import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { findAuditEvents } from '../../../src/server/audit/find-audit-events'
import { AUDIT_PAGE_SIZE } from '../../../src/server/audit/audit-page'
import { findOffenderAudit } from '../../../src/server/audit/find-offender-audit'
import { listAreaActions } from '../../../src/server/mappa/action-tracker'
import { laoVisible } from '../../../src/server/policy'
import { searchOffenders } from '../../../src/server/offenders/search-offenders'
import { findUsers, USERS_PAGE_SIZE } from '../../../src/server/users/find-users'
import { createOffender, createUser } from '../../factories'
import { letterTag, nextFixtureNumber } from '../../support/unique'
import { buildWorld, type World } from '../../support/world'
import { rowIdOf } from '../../support/row-ids'

// Issue 15 item 8: every paged list neither repeats nor skips rows when rows share the sort value or arrive between
// page loads. Each list is walked by its "next" links, adding a row before each next page is read.
type Page = { ids: string[]; hasNext: boolean; hasPrevious: boolean; lastId?: string; firstId?: string }

async function walk(load: (cursor: { after?: string; before?: string }) => Promise<Page>, addBetweenLoads: () => Promise<unknown>) {
  const pages: string[][] = []
  let page = await load({})
  pages.push(page.ids)
  while (page.hasNext) {
    await addBetweenLoads()
    page = await load({ after: page.lastId })
    pages.push(page.ids)
  }
  const back: string[][] = [pages.at(-1)!]
  while (page.hasPrevious) {
    page = await load({ before: page.firstId })
    back.unshift(page.ids)
  }
  return { seen: pages.flat(), pages, back }
}

const noRepeats = (ids: string[]) => expect(ids.length).toBe(new Set(ids).size)

let w: World
beforeAll(async () => {
  w = await buildWorld()
})

describe('audit logs with shared timestamps', () => {
  it('walks a record’s access log without repeating or skipping, although each page read adds an event', async () => {
    const offenderId = w.people.mine.id
    const at = new Date('2026-06-01T09:00:00Z')
    // Every event at the same instant, as in one transaction: only the id can order them.
    await prisma.auditEvent.createMany({ data: Array.from({ length: AUDIT_PAGE_SIZE * 2 + 5 }, () => ({ action: 'offender.view', subjectType: 'Offender', offenderId, occurredAt: at, actorRoles: [] })) })
    const before = (await prisma.auditEvent.findMany({ where: { offenderId }, select: { id: true } })).map((e) => e.id.toString())
    const load = async (c: { after?: string; before?: string }) => {
      const r = await findOffenderAudit(w.actors.officer, { offenderId, ...c })
      return { ...r, ids: r.events.map((e) => e.id) }
    }
    const { seen, pages, back } = await walk(load, async () => {})
    noRepeats(seen)
    expect(pages.length).toBeGreaterThanOrEqual(3)
    // Reading wrote audit.view rows (newer, so before page 1); every event that existed when the walk began is seen.
    expect(before.filter((id) => !seen.includes(id))).toEqual([])
    // Walking back with "previous" gives the same rows in the same order (plus the audit.view rows reading added).
    noRepeats(back.flat())
    expect(back.flat().filter((id) => seen.includes(id))).toEqual(seen)
  })

  it('walks the operator’s log filtered by person the same way', async () => {
    const offenderId = w.people.colleagues.id
    const at = new Date('2026-06-02T09:00:00Z')
    await prisma.auditEvent.createMany({ data: Array.from({ length: AUDIT_PAGE_SIZE + 3 }, () => ({ action: 'contact.view', subjectType: 'Offender', offenderId, occurredAt: at, actorRoles: [] })) })
    const all = (await prisma.auditEvent.findMany({ where: { offenderId }, select: { id: true } })).map((e) => e.id.toString())
    const load = async (c: { after?: string; before?: string }) => {
      const r = await findAuditEvents(w.actors.admin, { crn: w.people.colleagues.crn, ...c })
      return { ...r, ids: r.events.map((e) => e.id) }
    }
    const { seen } = await walk(load, () => prisma.auditEvent.create({ data: { action: 'contact.view', subjectType: 'Offender', offenderId, occurredAt: at, actorRoles: [] } }))
    noRepeats(seen)
    expect(all.filter((id) => !seen.includes(id))).toEqual([])
  })
})

describe('user accounts with the same name', () => {
  it('walks the list by name without repeating or skipping', async () => {
    const name = `Rhian Same ${letterTag(await nextFixtureNumber(prisma))}`
    for (let i = 0; i < USERS_PAGE_SIZE + 4; i++) await createUser(prisma, { name, agencyId: w.nps.id })
    const load = async (c: { after?: string; before?: string }) => {
      const r = await findUsers(w.actors.admin, { q: name, ...c })
      return { ...r, ids: r.users.map((u) => u.id) }
    }
    const { seen } = await walk(load, () => createUser(prisma, { name, agencyId: w.nps.id }))
    noRepeats(seen)
    const existing = await prisma.user.findMany({ where: { name }, select: { id: true } })
    // Users added after the first page either land on a later page or before the boundary: none seen twice.
    expect(seen.length).toBeGreaterThanOrEqual(USERS_PAGE_SIZE + 4)
    expect(seen.every((id) => existing.some((u) => u.id === id))).toBe(true)
  })

  it('takes the search text literally', async () => {
    expect((await findUsers(w.actors.admin, { q: '__' })).total).toBe(0)
    expect((await findUsers(w.actors.admin, { q: '%' })).total).toBe(0)
  })
})

describe('search results with tied names', () => {
  it('walks every page of people with the same name', async () => {
    const lastName = `Tied${letterTag(await nextFixtureNumber(prisma))}`
    const add = () => createOffender(prisma, { responsibleAgencyId: w.nps.id, teamId: w.teamA.id, lduId: w.cardiff.id, firstName: 'Aled', lastName })
    for (let i = 0; i < 55; i++) await add()
    const load = async (c: { after?: string; before?: string }) => {
      const r = await searchOffenders(w.actors.officer, { q: lastName, ...c })
      return { ...r, ids: r.rows.map(rowIdOf) }
    }
    const { seen } = await walk(load, add)
    noRepeats(seen)
    expect(seen.length).toBeGreaterThanOrEqual(55)
  })
})

describe('MAPPA action tracker with shared due dates', () => {
  it('walks every page without repeating or skipping', async () => {
    const meeting = await prisma.mappaMeeting.create({ data: { area: 'SOUTH_WALES', level: 2, startsAt: new Date('2026-07-01T09:00:00Z'), chairId: w.staff.mappa.id, coordinatorId: w.staff.mappa.id } })
    const item = await prisma.mappaAgendaItem.create({ data: { meetingId: meeting.id, offenderId: w.people.mappaCardiff.id, reason: 'REVIEW', position: 1 } })
    const dueDate = new Date('2026-07-15T00:00:00Z')
    const add = () => prisma.mappaAction.create({ data: { meetingId: meeting.id, agendaItemId: item.id, offenderId: w.people.mappaCardiff.id, description: 'Home visit', ownerAgencyId: w.nps.id, dueDate } })
    for (let i = 0; i < 105; i++) await add()
    const before = await prisma.mappaAction.findMany({ where: { meeting: { area: 'SOUTH_WALES' }, offender: laoVisible(w.actors.mappa) }, select: { id: true } })
    const load = async (c: { after?: string; before?: string }) => {
      const r = await listAreaActions(w.actors.mappa, c)
      // A redacted row (another file's Limited Access person in the area) carries no id (ADR 0023): walked, not named.
      return { ...r, ids: r.rows.flatMap((row) => (row.id === null ? [] : [row.id])) }
    }
    const { seen } = await walk(load, add)
    noRepeats(seen)
    expect(before.filter((a) => !seen.includes(a.id))).toEqual([])
  })
})
