import { beforeAll, describe, expect, it } from 'vitest'
import type { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { exportAreaActions, listAreaActions } from '../../../src/server/mappa/action-tracker'
import { addReviewAction, concludeReview, openReview, updateReview } from '../../../src/server/mappa/reviews'
import type { TrackedAction } from '../../../src/server/mappa/tracked-rows'
import { issueKey } from '../../../src/server/validation-messages'
import { createUser } from '../../factories'
import { actorOf } from '../../support/actor'
import { dayFromToday, gwentOf, isoFromToday } from '../../support/mappa-area'
import { buildWorld, type World } from '../../support/world'

// Issue 16 items 5 and 6: review actions in the cross-meeting tracker; its filters, sorting, links and CSV export.
let w: World
let g: Awaited<ReturnType<typeof gwentOf>>
let meetingId: string
let reviewId: string
const a: Record<string, string> = {}
let seen: { crn: string; lastName: string }
let hidden: { crn: string; lastName: string; id: string }
let past: { id: string }
const issues = (e: unknown) => Object.fromEntries((e as ZodError).issues.map((i) => [i.path.join('.'), issueKey(i).key]))

async function allRows(filter: Record<string, string> = {}, actor = g.coordinator): Promise<TrackedAction[]> {
  const rows: TrackedAction[] = []
  for (let page = await listAreaActions(actor, filter); ; page = await listAreaActions(actor, { ...filter, after: page.lastId! })) {
    rows.push(...page.rows)
    if (!page.hasNext) return rows
  }
}
// The one redacted row here is a.restricted's; it carries no id (issue 17 walk-through D1), so it is named by its place.
const ids = (rows: TrackedAction[]) => rows.map((r) => r.id ?? (r.restricted ? a.restricted! : ''))

beforeAll(async () => {
  w = await buildWorld()
  g = await gwentOf(w)
  const one = await g.nominal({ level: 2, category: 1, reviewIn: 60 })
  const two = await g.nominal({ level: 2, category: 2, reviewIn: 60 })
  const ended = await g.nominal({ level: 2, category: 2, reviewIn: 60, ended: true })
  seen = one.person
  hidden = two.person
  past = ended.person
  await prisma.accessRestriction.create({ data: { offenderId: two.person.id, kind: 'EXCLUSION', userId: g.user.id, reason: 'Neighbour of the coordinator' } })
  const owner = await createUser(prisma, { agencyId: w.police.id, roles: ['POLICE_OFFENDER_MANAGER'], name: `Aaron Owner ${w.tag}` })
  a.ownerId = owner.id
  const meeting = await prisma.mappaMeeting.create({ data: { area: 'GWENT', level: 2, startsAt: new Date('2026-10-01T09:00:00Z'), chairId: g.user.id, coordinatorId: g.user.id } })
  meetingId = meeting.id
  const item = (offenderId: string, position: number) => prisma.mappaAgendaItem.create({ data: { meetingId, offenderId, reason: 'REVIEW', position } })
  const [i1, i2] = [await item(one.person.id, 1), await item(two.person.id, 2)]
  const act = async (itemId: string, offenderId: string, d: { description: string; ownerAgencyId: string; ownerUserId?: string; due: number; status?: 'OPEN' | 'IN_PROGRESS' | 'COMPLETE' }) =>
    (await prisma.mappaAction.create({ data: { meetingId, agendaItemId: itemId, offenderId, description: d.description, ownerAgencyId: d.ownerAgencyId, ownerUserId: d.ownerUserId ?? null, dueDate: dayFromToday(d.due), status: d.status ?? 'OPEN' } })).id
  a.overdue = await act(i1.id, one.person.id, { description: 'Visit the new address', ownerAgencyId: w.nps.id, ownerUserId: owner.id, due: -3 })
  a.soon = await act(i1.id, one.person.id, { description: 'Check ViSOR record', ownerAgencyId: w.police.id, due: 5, status: 'IN_PROGRESS' })
  a.restricted = await act(i2.id, two.person.id, { description: `Secret plan for ${two.person.lastName}`, ownerAgencyId: w.nps.id, due: 20 })
  reviewId = (await openReview(g.coordinator, { offenderId: one.person.id, offenceDate: isoFromToday(-10), offenceSummary: 'Assault on licence.', termsOfReference: 'Information sharing.', agencyIds: [w.nps.id, w.police.id] })).id
  await addReviewAction(g.coordinator, { reviewId, description: 'Brief MOSOVO staff on disclosure', ownerAgencyId: w.police.id, dueDate: isoFromToday(10) })
  a.review = (await prisma.mappaReviewAction.findFirstOrThrow({ where: { reviewId } })).id
  // A review of a past nominal: still the area's, but the person is no longer in the coordinator's scope.
  await prisma.mappaNominal.update({ where: { id: ended.nominal.id }, data: { endedAt: null } })
  const pastReview = (await openReview(g.coordinator, { offenderId: past.id, offenceDate: isoFromToday(-5), offenceSummary: 'Robbery.', termsOfReference: 'Supervision.', agencyIds: [w.nps.id] })).id
  await addReviewAction(g.coordinator, { reviewId: pastReview, description: 'Audit supervision records', ownerAgencyId: w.nps.id, dueDate: isoFromToday(40) })
  await prisma.mappaNominal.update({ where: { id: ended.nominal.id }, data: { endedAt: new Date('2026-01-01') } })
  a.pastReview = (await prisma.mappaReviewAction.findFirstOrThrow({ where: { reviewId: pastReview } })).id
})

describe('the action tracker', () => {
  it('lists review actions beside meeting actions, marked as from a review and linked to it', async () => {
    const rows = await allRows()
    const review = rows.find((r) => r.id === a.review)!
    expect(review).toMatchObject({ kind: 'REVIEW', review: { id: reviewId }, meeting: null, description: 'Brief MOSOVO staff on disclosure', linked: true })
    expect(rows.find((r) => r.id === a.soon)).toMatchObject({ kind: 'MEETING', meeting: { id: meetingId }, review: null })
    expect(ids(rows)).toEqual(expect.arrayContaining([a.overdue, a.soon, a.restricted, a.pastReview]))
    // The person is linked only where the coordinator may open the record.
    expect(rows.find((r) => r.id === a.pastReview)).toMatchObject({ linked: false, restricted: false })
    const dates = rows.map((r) => r.dueDate.getTime())
    expect(dates).toEqual([...dates].sort((x, y) => x - y))
  })

  // Issue 17 defect 6: a redacted row carries nothing that identifies the person, not even the CRN or their id.
  it('shows a limited-access person by nothing that identifies them, with no description, no note and no link', async () => {
    const row = (await allRows()).find((r) => r.restricted)!
    expect(row).toMatchObject({ id: null, restricted: true, linked: false, description: '', offenderId: '', offender: { id: '', crn: '', firstName: '', lastName: '' } })
    for (const identifier of [hidden.lastName, hidden.crn, hidden.id, a.restricted!]) expect(JSON.stringify(row)).not.toContain(identifier)
  })

  it('filters in the query by agency, owner, meeting or review, status and due date (overdue, within N days, range)', async () => {
    const only = async (filter: Record<string, string>) => ids(await allRows(filter)).filter((id) => Object.values(a).includes(id)).sort()
    const sorted = (...x: string[]) => [...x].sort()
    expect(await only({ agency: w.police.id })).toEqual(sorted(a.soon!, a.review!))
    expect(await only({ owner: a.ownerId! })).toEqual([a.overdue])
    expect(await only({ source: `meeting:${meetingId}` })).toEqual(sorted(a.overdue!, a.soon!, a.restricted!))
    expect(await only({ source: `review:${reviewId}` })).toEqual([a.review])
    expect(await only({ status: 'IN_PROGRESS' })).toEqual([a.soon])
    expect(await only({ overdue: '1' })).toEqual([a.overdue])
    expect(await only({ dueWithin: '7' })).toEqual([a.soon])
    expect(await only({ dueWithin: '15' })).toEqual(sorted(a.soon!, a.review!))
    expect(await only({ dueFrom: isoFromToday(6), dueTo: isoFromToday(25) })).toEqual(sorted(a.restricted!, a.review!))
    expect(await only({ agency: w.nps.id, source: `meeting:${meetingId}`, dueWithin: '30' })).toEqual([a.restricted])
    expect((await listAreaActions(g.coordinator, { source: `meeting:${meetingId}` })).total).toBe(3)
  })

  it('explains bad typed filters and hand-edited choices', async () => {
    expect(issues(await listAreaActions(g.coordinator, { dueFrom: isoFromToday(5), dueTo: isoFromToday(1) }).catch((e: unknown) => e))).toEqual({ dueTo: 'dateOrder' })
    expect(issues(await listAreaActions(g.coordinator, { dueWithin: 'x', dueFrom: '2026-02-31' }).catch((e: unknown) => e))).toEqual({ dueWithin: 'invalidNumber', dueFrom: 'invalidDate' })
    // Break 51 F6: choices the form does not offer were ignored in silence; the page now says it left them out.
    const handEdited = { agency: 'not-a-uuid', owner: 'abc', source: 'meeting:x', sort: 'crn', dir: 'sideways', status: 'LOST', overdue: 'maybe' }
    expect(issues(await listAreaActions(g.coordinator, handEdited).catch((e: unknown) => e))).toEqual(Object.fromEntries(Object.keys(handEdited).map((k) => [k, 'chooseOption'])))
  })

  it('sorts by due date, agency, owner and status either way, pages by keyset without repeats, and the order is total', async () => {
    const made: string[] = []
    const item = await prisma.mappaAgendaItem.findFirstOrThrow({ where: { meetingId, offenderId: seen && (await prisma.offender.findFirstOrThrow({ where: { crn: seen.crn } })).id } })
    // Due dates spread within each agency, so the order within one agency is seen (walk-through D10 of issue 16).
    for (let i = 0; i < 30; i++) made.push((await prisma.mappaAction.create({ data: { meetingId, agendaItemId: item.id, offenderId: item.offenderId, description: `Bulk ${i}`, ownerAgencyId: i % 2 ? w.nps.id : w.police.id, dueDate: dayFromToday(3 + ((i * 7) % 11)) } })).id)
    for (let i = 0; i < 30; i++) made.push((await prisma.mappaReviewAction.create({ data: { reviewId, description: `Bulk review ${i}`, ownerAgencyId: i % 2 ? w.nps.id : w.police.id, dueDate: dayFromToday(3) } })).id)
    const keyOf: Record<string, (r: TrackedAction) => string | number> = {
      due: (r) => r.dueDate.getTime(),
      agency: (r) => r.ownerAgency.name,
      owner: (r) => r.ownerUser?.name ?? r.ownerAgency.name,
      status: (r) => ['OPEN', 'IN_PROGRESS', 'COMPLETE', 'CANCELLED'].indexOf(r.status),
    }
    for (const sort of Object.keys(keyOf)) {
      for (const dir of ['asc', 'desc']) {
        const rows = await allRows({ sort, dir })
        expect(new Set(ids(rows)).size).toBe(rows.length)
        expect(made.every((id) => ids(rows).includes(id))).toBe(true)
        const keys = rows.map(keyOf[sort]!)
        for (let i = 1; i < keys.length; i++) {
          // The names here (Aaron…, NPS…, Police…) sort the same in every collation, so JavaScript's order can check PostgreSQL's.
          const ok = dir === 'asc' ? keys[i - 1]! <= keys[i]! : keys[i - 1]! >= keys[i]!
          expect(ok, `${sort} ${dir} at ${i}`).toBe(true)
          // Rows with the same key follow their due dates, the same way (walk-through D10: jumbled within an agency).
          if (keys[i - 1] === keys[i]) {
            const [before, now] = [rows[i - 1]!.dueDate.getTime(), rows[i]!.dueDate.getTime()]
            expect(dir === 'asc' ? before <= now : before >= now, `${sort} ${dir} then due at ${i}`).toBe(true)
          }
        }
        // Back from the second page gives exactly the first.
        const first = await listAreaActions(g.coordinator, { sort, dir })
        const second = await listAreaActions(g.coordinator, { sort, dir, after: first.lastId! })
        expect(ids((await listAreaActions(g.coordinator, { sort, dir, before: second.firstId! })).rows)).toEqual(ids(first.rows))
      }
    }
  })

  it('exports CSV rows with the same filters and scope, audited as an export', async () => {
    const { rows } = await exportAreaActions(g.coordinator, { source: `meeting:${meetingId}`, status: 'OPEN', overdue: '1' })
    expect(ids(rows)).toEqual([a.overdue])
    const meetingRows = (await exportAreaActions(g.coordinator, { source: `meeting:${meetingId}`, after: a.overdue! })).rows
    expect(ids(meetingRows)).toContain(a.overdue)
    expect(meetingRows.find((r) => r.restricted)).toMatchObject({ id: null, restricted: true, description: '' })
    expect(await prisma.auditEvent.count({ where: { action: 'mappa.actions.export', actorUserId: g.user.id } })).toBe(2)
    const north = await actorOf(await createUser(prisma, { agencyId: w.nps.id, teamId: w.teamNorth.id, roles: ['MAPPA_COORDINATOR'] }))
    expect(ids((await exportAreaActions(north, {})).rows)).not.toContain(a.overdue)
    expect(ids((await exportAreaActions(w.actors.mappa, {})).rows)).not.toContain(a.review)
    await expect(exportAreaActions(w.actors.officer, {})).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(exportAreaActions(w.actors.police, {})).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })

  it('keeps tracking a concluded review’s actions', async () => {
    await updateReview(g.coordinator, { reviewId, version: (await prisma.mappaSeriousCaseReview.findUniqueOrThrow({ where: { id: reviewId } })).version, termsOfReference: 'Information sharing.', lessons: 'Share within 24 hours.', agencyIds: [w.nps.id, w.police.id] })
    await concludeReview(g.coordinator, { reviewId, version: (await prisma.mappaSeriousCaseReview.findUniqueOrThrow({ where: { id: reviewId } })).version, confirm: 'on' })
    expect(ids(await allRows({ source: `review:${reviewId}` }))).toContain(a.review)
  })
})
