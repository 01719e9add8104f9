import { beforeAll, describe, expect, it } from 'vitest'
import { sealCursor } from '../../../src/server/paging/sealed-cursor'
import type { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { findNominalsRegister } from '../../../src/server/mappa/nominals-register'
import { getMappaOverview } from '../../../src/server/mappa/queries'
import { issueKey } from '../../../src/server/validation-messages'
import { gwentOf } from '../../support/mappa-area'
import { buildWorld, type World } from '../../support/world'

// Issue 16 item 4: the area's nominals register.
let w: World
let g: Awaited<ReturnType<typeof gwentOf>>
let p: Record<'due' | 'soon' | 'later' | 'levelOne' | 'hidden' | 'ended' | 'north', Awaited<ReturnType<Awaited<ReturnType<typeof gwentOf>>['nominal']>>>
type Row = Awaited<ReturnType<typeof findNominalsRegister>>['rows'][number]

/** Every page of the register for a filter, following "next" links as the page does. */
async function allRows(filter: Record<string, string> = {}): Promise<Row[]> {
  const rows: Row[] = []
  for (let page = await findNominalsRegister(g.coordinator, filter); ; page = await findNominalsRegister(g.coordinator, { ...filter, after: page.lastId! })) {
    rows.push(...page.rows)
    if (!page.hasNext) return rows
  }
}
// A redacted row carries no id, not even its nominal's (issue 17 defect 6, ADR 0023).
const idsOf = (rows: Row[]) => rows.map((r) => r.id ?? 'restricted')
/** The Limited Access person's row: the one redacted row this file makes (level 2, overdue; its category 2 not shown). */
const hiddenRow = (rows: Row[]) => rows.find((r) => r.restricted && r.level === 2 && r.overdue)
const issues = (e: unknown) => Object.fromEntries((e as ZodError).issues.map((i) => [i.path.join('.'), issueKey(i).key]))

beforeAll(async () => {
  w = await buildWorld()
  g = await gwentOf(w)
  p = {
    due: await g.nominal({ level: 2, category: 1, reviewIn: -3, managerId: w.staff.officer.id }),
    soon: await g.nominal({ level: 3, category: 2, reviewIn: 10 }),
    later: await g.nominal({ level: 2, category: 4, reviewIn: 90 }),
    levelOne: await g.nominal({ level: 1, category: 3, reviewIn: -5 }),
    hidden: await g.nominal({ level: 2, category: 2, reviewIn: -2 }),
    ended: await g.nominal({ level: 2, category: 1, reviewIn: -3, ended: true }),
    north: await g.nominal({ level: 2, category: 1, reviewIn: -3, area: 'NORTH_WALES' }),
  }
  // Limited access: only the senior may see this person; the coordinator is not on the restriction list.
  await prisma.accessRestriction.create({ data: { offenderId: p.hidden.person.id, kind: 'RESTRICTION', userId: w.staff.senior.id, reason: 'High-profile case' } })
})

describe('the nominals register', () => {
  it('lists the area’s current nominals next review first, with lead agency and offender manager, overdue marked for levels 2 and 3', async () => {
    const rows = await allRows()
    const ids = idsOf(rows)
    for (const k of ['due', 'soon', 'later', 'levelOne'] as const) expect(ids).toContain(p[k].nominal.id)
    expect(hiddenRow(rows)).toBeDefined()
    for (const k of ['ended', 'north'] as const) expect(ids).not.toContain(p[k].nominal.id)
    const dates = rows.map((r) => r.nextReviewDate.getTime())
    expect(dates).toEqual([...dates].sort((a, b) => a - b))
    const due = rows.find((r) => r.id === p.due.nominal.id)!
    expect(due).toMatchObject({ restricted: false, level: 2, category: 1, overdue: true, leadAgency: { name: w.nps.name }, offender: { crn: p.due.person.crn, offenderManager: { name: w.staff.officer.name } } })
    // A level 1 nominal past its date is not overdue, but says the lead agency reviews it (re-walk of issue 16, item 6).
    expect(rows.find((r) => r.id === p.levelOne.nominal.id)).toMatchObject({ overdue: false, mark: 'leadAgency' })
    expect(due).toMatchObject({ mark: 'overdue' })
    expect(await prisma.auditEvent.count({ where: { action: 'mappa.register.view', actorUserId: g.user.id } })).toBeGreaterThan(0)
    expect(await prisma.auditEvent.count({ where: { action: 'mappa.nominal.list', actorUserId: g.user.id, offenderId: p.due.person.id } })).toBeGreaterThan(0)
  })

  it('shows a limited-access person as a row that carries nothing identifying, and does not audit them as seen', async () => {
    const row = hiddenRow(await allRows())!
    expect(row).toMatchObject({ id: null, restricted: true, offender: null, leadAgency: null, level: 2, overdue: true })
    // Level and next review stay (to schedule and hear the case); the category goes: category 1 says "registered sexual
    // offender", which nobody needs to schedule (walk 25 O2, the lead's decision; ADR 0023). Nor does a category filter
    // list the row, which would say its category as plainly.
    expect(row.category).toBeNull()
    expect(row.nextReviewDate).toEqual(p.hidden.nominal.nextReviewDate)
    expect(hiddenRow(await allRows({ category: '2' }))).toBeUndefined()
    const text = JSON.stringify(row)
    for (const secret of [p.hidden.person.crn, p.hidden.person.lastName, p.hidden.person.id, p.hidden.nominal.id]) expect(text).not.toContain(secret)
    // Nor do the page links: the cursors are sealed (ADR 0023).
    const pages = JSON.stringify(await findNominalsRegister(g.coordinator, { overdue: '1' }))
    for (const secret of [p.hidden.person.crn, p.hidden.person.id, p.hidden.nominal.id]) expect(pages).not.toContain(secret)
    expect(await prisma.auditEvent.count({ where: { action: 'mappa.nominal.list', offenderId: p.hidden.person.id } })).toBe(0)
  })

  it('filters in the query by level, category, overdue and review due within N days; overdue is what the overview counts', async () => {
    const overdue = await allRows({ overdue: '1' })
    expect(overdue.every((r) => r.overdue)).toBe(true)
    expect(idsOf(overdue)).toEqual(expect.arrayContaining([p.due.nominal.id]))
    expect(hiddenRow(overdue)).toBeDefined()
    expect(idsOf(overdue)).not.toContain(p.levelOne.nominal.id)
    expect((await findNominalsRegister(g.coordinator, { overdue: '1' })).total).toBe((await getMappaOverview(g.coordinator)).overdueReviews)
    // The overview's nominals by level and category count the rows the register lists (one rule: registerNominalsWhere).
    const overview = await getMappaOverview(g.coordinator)
    const counted = [...overview.counts, ...overview.restrictedCounts].reduce((n, c) => n + c.count, 0)
    expect(counted).toBe((await findNominalsRegister(g.coordinator, {})).total)
    // The Limited Access person (category 2, level 2) is counted by level alone: in a category cell, the difference
    // from the register's visible rows gave their category away (break 34 D3). The category cells match the rows shown.
    const rows = await allRows()
    expect(overview.restrictedCounts).toEqual([{ level: 2, count: rows.filter((r) => r.restricted && r.level === 2).length }])
    for (const c of overview.counts) expect({ ...c, count: rows.filter((r) => !r.restricted && r.level === c.level && r.category === c.category).length }).toEqual(c)

    const level3 = await allRows({ level: '3' })
    expect(level3.every((r) => r.level === 3) && idsOf(level3).includes(p.soon.nominal.id)).toBe(true)
    const category4 = await allRows({ category: '4' })
    expect(category4.every((r) => r.category === 4) && idsOf(category4).includes(p.later.nominal.id)).toBe(true)
    const within = idsOf(await allRows({ dueWithin: '30' }))
    expect(within).toContain(p.soon.nominal.id)
    expect(within).not.toContain(p.later.nominal.id)
    expect(within).not.toContain(p.due.nominal.id)
    expect(idsOf(await allRows({ level: '2', category: '1', overdue: '1' }))).toContain(p.due.nominal.id)
  })

  it('explains a bad number of days ("Enter a whole number of 1 or more") and a hand-edited choice', async () => {
    expect(issues(await findNominalsRegister(g.coordinator, { dueWithin: 'soon' }).catch((e: unknown) => e))).toEqual({ dueWithin: 'invalidNumber' })
    expect(issues(await findNominalsRegister(g.coordinator, { dueWithin: '0' }).catch((e: unknown) => e))).toEqual({ dueWithin: 'numberBetween' })
    // Walk 40 D3: over the top of the range is told the range, not "1 or more".
    expect(issues(await findNominalsRegister(g.coordinator, { dueWithin: '999' }).catch((e: unknown) => e))).toEqual({ dueWithin: 'numberBetween' })
    // Break 51 F6: a choice the form does not offer was ignored in silence; the page now says it left it out.
    expect(issues(await findNominalsRegister(g.coordinator, { level: '9', category: 'x', overdue: '2' }).catch((e: unknown) => e))).toEqual({ level: 'chooseOption', category: 'chooseOption', overdue: 'chooseOption' })
  })

  it('pages by keyset through many nominals sharing a review date, both ways, without repeating or skipping', async () => {
    const made = new Set<string>()
    for (let i = 0; i < 55; i++) made.add((await g.nominal({ level: 2, category: 3, reviewIn: 200 })).nominal.id)
    const forward = await allRows({ category: '3' })
    expect(new Set(idsOf(forward)).size).toBe(forward.length)
    expect([...made].every((id) => idsOf(forward).includes(id))).toBe(true)
    const last = await findNominalsRegister(g.coordinator, { category: '3', after: sealCursor('mappa.register', forward.at(-51)!.id!) })
    const back = await findNominalsRegister(g.coordinator, { category: '3', before: last.firstId! })
    expect(idsOf(back.rows)).toEqual(idsOf(forward).slice(-100, -50).slice(-50))
  })

  it('is FORBIDDEN to roles that do not run MAPPA, and another area’s coordinator sees none of these', async () => {
    for (const actor of [w.actors.police, w.actors.officer, w.actors.admin]) await expect(findNominalsRegister(actor, {})).rejects.toMatchObject({ code: 'FORBIDDEN' })
    const south = idsOf((await findNominalsRegister(w.actors.mappa, {})).rows)
    expect(south).not.toContain(p.due.nominal.id)
  })
})
