import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { findCaseload } from '../../../src/server/offenders/find-caseload'
import { caseloadSorts, PAGE_SIZE, roshLevels, sentenceTypes } from '../../../src/server/offenders/offender.schemas'
import { createContact, createOffender } from '../../factories'
import { buildWorld, type World } from '../../support/world'
import { rowIdOf } from '../../support/row-ids'

// Limited access in a sorted, filtered, paged caseload (security.md AC-5): a redacted row must reveal nothing through
// whether a filter lists it, where a sort puts it, or what a page link carries.
let w: World
let redacted: { id: string; crn: string }[]
const DAY = 86_400_000

/** Values that would place each redacted person mid-list, and match every filter, if the query looked at them. */
async function giveValues(offenderId: string, i: number) {
  await prisma.riskProfile.upsert({ where: { offenderId }, update: { overallRosh: roshLevels[i % 4]! }, create: { offenderId, overallRosh: roshLevels[i % 4]!, assessedAt: new Date() } })
  const type = sentenceTypes[i % sentenceTypes.length]!
  await prisma.sentence.create({ data: { offenderId, type, indexOffence: 'Theft', startDate: new Date('2026-01-01'), expectedEndDate: new Date('2028-01-01') } })
  if (i % 2 === 0) {
    await createContact(prisma, { offenderId, type: 'APPOINTMENT', occurredAt: new Date(Date.now() - (i + 1) * DAY), authorId: w.staff.colleague.id, authorAgencyId: w.nps.id })
  }
  if (i % 3 === 0) await prisma.riskFlag.create({ data: { offenderId, type: 'MAPPA', level: 2, category: 1, registeredAt: new Date('2026-01-01') } })
}

beforeAll(async () => {
  w = await buildWorld()
  const team = { responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.colleague.id, teamId: w.teamA.id, lduId: w.cardiff.id }
  // The world's team A holds mine, colleagues, excluded and restricted; fill it so the shown people are one short of
  // a page: page 1 then ends on a redacted row, and page 2 holds the rest of them.
  const surnames = ['Lewis', 'Llewellyn', 'Evans', 'Abbott', 'Zephaniah', 'Morgan']
  const shown = [w.people.mine, w.people.colleagues]
  for (let i = 0; shown.length < PAGE_SIZE - 1; i++) shown.push(await createOffender(prisma, { ...team, lastName: `${surnames[i % surnames.length]}${i}` }))
  const third = await createOffender(prisma, { ...team, lastName: 'Lewisa' })
  await prisma.accessRestriction.create({ data: { offenderId: third.id, kind: 'EXCLUSION', userId: w.staff.officer.id, reason: 'Relative' } })
  for (const [i, p] of [...shown, w.people.excluded, w.people.restricted, third].entries()) await giveValues(p.id, i)
  redacted = [w.people.excluded, w.people.restricted, third].map((p) => ({ id: p.id, crn: p.crn })).sort((a, b) => (a.crn < b.crn ? -1 : 1))
})

const idOf = rowIdOf

/** Every page from the first by "next", then back by "previous", with every cursor a page link would carry. */
async function walk(q: Record<string, unknown>) {
  const cursors: string[] = []
  let page = await findCaseload(w.actors.officer, { view: 'team', ...q })
  const forward = [page.rows.map(idOf)]
  const seen = () => cursors.push(...[page.firstCursor, page.lastCursor].filter((c): c is string => Boolean(c)))
  seen()
  while (page.hasNext) {
    page = await findCaseload(w.actors.officer, { view: 'team', ...q, after: page.lastCursor })
    forward.push(page.rows.map(idOf))
    seen()
  }
  const backward = [forward.at(-1)!]
  while (page.hasPrevious) {
    page = await findCaseload(w.actors.officer, { view: 'team', ...q, before: page.firstCursor })
    backward.unshift(page.rows.map(idOf))
    seen()
  }
  return { forward, backward, cursors, total: page.total }
}

describe('limited access in the sorted, paged caseload (security.md AC-5, issue 15 item 9)', () => {
  for (const sort of caseloadSorts) {
    for (const dir of ['asc', 'desc'] as const) {
      it(`puts redacted rows last, sorted by ${sort} ${dir}, and no row or cursor names them`, async () => {
        const { forward, backward, cursors, total } = await walk({ sort, dir })
        const ids = forward.flat()
        expect(forward.map((p) => p.length)).toEqual([PAGE_SIZE, 2])
        expect(ids.length).toBe(total)
        expect(new Set(ids.filter((id) => id !== 'restricted')).size).toBe(total - redacted.length)
        expect(ids.slice(-redacted.length)).toEqual(redacted.map(() => 'restricted'))
        expect(backward).toEqual(forward)
        // Issue 17 defect 6: a cursor is sealed, so it carries no redacted person's id or CRN, even as `crn:`.
        for (const r of redacted) expect(cursors.join(' ')).not.toContain(r.id)
        for (const r of redacted) expect(cursors.join(' ')).not.toContain(r.crn)
        expect(cursors.join(' ')).not.toContain('crn:')
      })
    }
  }

  const filters = [...roshLevels.map((rosh) => ({ rosh })), ...sentenceTypes.map((sentenceType) => ({ sentenceType })), { overdue: 'yes' }, { view: 'unallocated' }]
  for (const filter of filters) {
    it(`never lists a redacted person filtered by ${JSON.stringify(filter)}`, async () => {
      const actor = 'view' in filter ? w.actors.senior : w.actors.officer
      await prisma.accessRestriction.createMany({ data: redacted.map((r) => ({ offenderId: r.id, kind: 'EXCLUSION' as const, userId: w.staff.senior.id, reason: 'Test' })), skipDuplicates: true })
      if ('view' in filter) await prisma.offender.updateMany({ where: { id: { in: redacted.map((r) => r.id) } }, data: { offenderManagerId: null } })
      const page = await findCaseload(actor, { view: 'team', ...filter })
      const listed = page.rows.map(idOf)
      for (const r of redacted) expect(listed).not.toContain(r.id)
      expect(page.rows.every((r) => !r.restricted)).toBe(true)
      expect(page.total).toBe(page.rows.length)
    })
  }

  it('has the redacted people matching those filters, so the test means something', async () => {
    const rows = await prisma.offender.findMany({ where: { id: { in: redacted.map((r) => r.id) } }, select: { riskProfile: true, sentences: true } })
    expect(rows.every((r) => r.riskProfile && r.sentences.length > 0)).toBe(true)
  })
})
