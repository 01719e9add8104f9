import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { londonMidnight } from '../../../src/lib/dates'
import { prisma } from '../../../src/server/db'
import { findTimeline, TIMELINE_PAGE } from '../../../src/server/contacts/find-timeline'
import { recordCustodyEvent } from '../../../src/server/sentences/record-custody-event'
import { recordProvenOffence } from '../../../src/server/sentences/record-proven-offence'
import { terminateSentence } from '../../../src/server/sentences/terminate-sentence'
import { varySentence } from '../../../src/server/sentences/vary-sentence'
import { createContact } from '../../factories'
import { buildWorld, type World } from '../../support/world'

let w: World
const version = async (id: string) => String((await prisma.sentence.findUniqueOrThrow({ where: { id } })).version)
const sentence = (offenderId: string, type: 'COMMUNITY_ORDER' | 'CUSTODY') =>
  prisma.sentence.create({ data: { offenderId, type, indexOffence: 'Burglary', lengthMonths: 12, lengthDays: 0, startDate: new Date('2026-01-05'), expectedEndDate: new Date('2027-01-04') } })
type Entry = Awaited<ReturnType<typeof findTimeline>>['entries'][number]
const label = (e: Entry) => (e.kind === 'contact' ? e.notes : e.kind === 'sentence' ? e.type : e.disposal)

beforeAll(async () => {
  w = await buildWorld()
  const person = w.people.mine.id
  const officer = w.actors.officer
  const custody = (await sentence(person, 'CUSTODY')).id
  const order = (await sentence(person, 'COMMUNITY_ORDER')).id
  await recordCustodyEvent(officer, { sentenceId: custody, version: await version(custody), event: 'RELEASED', on: '2026-02-01', releaseType: 'HDC' })
  await recordCustodyEvent(officer, { sentenceId: custody, version: await version(custody), event: 'RECALLED', on: '2026-02-10', recallType: 'FIXED_TERM', reason: 'Curfew breaches' })
  await varySentence(officer, { sentenceId: order, version: await version(order), on: '2026-02-01', change: 'EXTEND', extendMonths: '6' })
  await recordProvenOffence(officer, { offenderId: person, idempotencyKey: randomUUID(), offenceDate: '2026-02-03', category: 'ACQUISITIVE', provenOn: '2026-02-15', disposal: 'CAUTION' })
  await terminateSentence(officer, { sentenceId: order, version: await version(order), reason: 'TRANSFERRED_OUT', terminatedOn: '2026-02-20', accommodation: 'SETTLED_SUITABLE', ete: 'FULL_TIME' })
  // A contact at exactly the same instant as the release and the extension (London midnight, 1 February).
  await createContact(prisma, { offenderId: person, authorId: w.staff.officer.id, authorAgencyId: w.nps.id, type: 'CASE_NOTE', occurredAt: londonMidnight('2026-02-01'), notes: 'Released today.' })
  await createContact(prisma, { offenderId: person, authorId: w.staff.officer.id, authorAgencyId: w.nps.id, type: 'APPOINTMENT', outcome: 'ATTENDED', occurredAt: new Date('2026-02-12T10:00:00Z'), notes: 'Seen after recall.' })
})

describe('sentence events on the person timeline', () => {
  it('shows every sentence event and further conviction with its type and values, in date order with contacts', async () => {
    const r = await findTimeline(w.actors.officer, { offenderId: w.people.mine.id })
    expect(r.entries.map(label)).toEqual(['TERMINATED', 'CAUTION', 'Seen after recall.', 'RECALLED', ...r.entries.slice(4).map(label)])
    expect(r.entries.slice(4).map(label).sort()).toEqual(['EXTENDED', 'RELEASED', 'Released today.'])
    const recall = r.entries.find((e) => e.kind === 'sentence' && e.type === 'RECALLED')
    expect(recall).toMatchObject({ kind: 'sentence', sentenceType: 'CUSTODY', values: { on: '2026-02-10', recallType: 'FIXED_TERM', reason: 'Curfew breaches' }, author: { name: expect.any(String) } })
    expect(r.entries.find((e) => e.kind === 'sentence' && e.type === 'TERMINATED')).toMatchObject({ occurredAt: londonMidnight('2026-02-20'), values: { reason: 'TRANSFERRED_OUT' } })
    expect(r.entries.find((e) => e.kind === 'conviction')).toMatchObject({ disposal: 'CAUTION', category: 'ACQUISITIVE', occurredAt: londonMidnight('2026-02-15') })
    expect(await prisma.auditEvent.count({ where: { action: 'timeline.view', actorUserId: w.actors.officer.userId, subjectId: w.people.mine.id } })).toBeGreaterThan(0)
  })

  it('filters to court and custody entries, and leaves them out of contact-only filters', async () => {
    const q = (extra: Record<string, string>) => findTimeline(w.actors.officer, { offenderId: w.people.mine.id, ...extra }).then((r) => r.entries.map(label))
    expect(await q({ type: 'COURT' })).toEqual(['TERMINATED', 'CAUTION', 'RECALLED', ...(await q({ type: 'COURT', to: '2026-02-01' }))])
    expect((await q({ type: 'COURT', to: '2026-02-01' })).sort()).toEqual(['EXTENDED', 'RELEASED'])
    expect(await q({ type: 'APPOINTMENT' })).toEqual(['Seen after recall.'])
    expect(await q({ compliance: 'ATTENDED' })).toEqual(['Seen after recall.'])
    expect(await q({ from: '2026-02-15', to: '2026-02-15' })).toEqual(['CAUTION'])
  })

  it('shows court orders to police in scope, and nothing out of scope (404)', async () => {
    const person = w.people.mappaCardiff.id
    const s = await sentence(person, 'COMMUNITY_ORDER')
    await prisma.sentenceEvent.create({ data: { sentenceId: s.id, offenderId: person, type: 'RECORDED', values: { type: 'COMMUNITY_ORDER', court: 'Cardiff' }, actorId: w.staff.otherTeamOfficer.id, occurredAt: londonMidnight('2026-01-05') } })
    expect((await findTimeline(w.actors.police, { offenderId: person })).entries.map(label)).toContain('RECORDED')
    await expect(findTimeline(w.actors.northOfficer, { offenderId: w.people.mine.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(findTimeline(w.actors.officer, { offenderId: w.people.excluded.id, type: 'COURT' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('pages across contacts and events sharing one timestamp without repeating or skipping', async () => {
    const person = w.people.north.id
    const at = londonMidnight('2026-01-10')
    const s = await sentence(person, 'CUSTODY')
    await prisma.contact.createMany({ data: Array.from({ length: 40 }, (_, i) => ({ offenderId: person, authorId: w.staff.northOfficer.id, authorAgencyId: w.nps.id, type: 'CASE_NOTE' as const, notes: `n${i}`, occurredAt: at })) })
    await prisma.sentenceEvent.createMany({ data: Array.from({ length: 40 }, () => ({ sentenceId: s.id, offenderId: person, type: 'RETURNED_TO_CUSTODY' as const, values: { on: '2026-01-10' }, actorId: w.staff.northOfficer.id, occurredAt: at })) })
    const seen: string[] = []
    let before: string | undefined
    for (let page = 0; page < 5; page++) {
      const r = await findTimeline(w.actors.northOfficer, { offenderId: person, ...(before ? { before } : {}) })
      expect(r.entries.length).toBeLessThanOrEqual(TIMELINE_PAGE)
      seen.push(...r.entries.map((e) => e.id))
      if (!r.nextBefore) break
      before = r.nextBefore
    }
    expect(seen).toHaveLength(80)
    expect(new Set(seen).size).toBe(80)
    // Newest first on (occurredAt, id): with one timestamp, ids strictly descend across both sources and both pages.
    expect(seen).toEqual([...seen].sort().reverse())
  })
})
