import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { findTimeline, TIMELINE_PAGE } from '../../../src/server/contacts/find-timeline'
import { createContact } from '../../factories'
import { buildWorld, type World } from '../../support/world'

let w: World
let policeAgencyId: string
beforeAll(async () => {
  w = await buildWorld()
  policeAgencyId = w.police.id
  const person = w.people.mappaCardiff.id
  const officer = { authorId: w.staff.otherTeamOfficer.id, authorAgencyId: w.nps.id }
  await createContact(prisma, { offenderId: person, ...officer, type: 'APPOINTMENT', outcome: 'ATTENDED', occurredAt: new Date('2026-03-02T10:00:00Z'), notes: 'Attended and discussed housing.' })
  await createContact(prisma, { offenderId: person, ...officer, type: 'APPOINTMENT', outcome: 'FAILED_TO_ATTEND', occurredAt: new Date('2026-03-09T10:00:00Z'), notes: 'Did not attend.' })
  await createContact(prisma, { offenderId: person, ...officer, type: 'CASE_NOTE', occurredAt: new Date('2026-03-10T10:00:00Z'), notes: 'Warning letter issued.', outcome: 'WARNING' })
  await createContact(prisma, { offenderId: person, authorId: w.staff.police.id, authorAgencyId: policeAgencyId, type: 'PARTNER_UPDATE', occurredAt: new Date('2026-03-11T23:30:00Z'), notes: 'Police intelligence check: nothing new.' })
  await createContact(prisma, { offenderId: person, ...officer, type: 'CASE_NOTE', occurredAt: new Date('2026-03-12T10:00:00Z'), notes: 'Disclosure discussion.', isSensitive: true })
})

const notes = (r: Awaited<ReturnType<typeof findTimeline>>) => r.entries.map((e) => (e.kind === 'contact' ? e.notes : e.kind))
const q = (extra: Record<string, string> = {}) => ({ offenderId: w.people.mappaCardiff.id, ...extra })

describe('contact timeline', () => {
  it('filters by type, agency, compliance, keyword and London dates, and audits the view', async () => {
    const officer = w.actors.otherTeamOfficer
    expect(notes(await findTimeline(officer, q({ type: 'PARTNER_UPDATE' })))).toEqual(['Police intelligence check: nothing new.'])
    expect(notes(await findTimeline(officer, q({ agencyId: policeAgencyId })))).toEqual(['Police intelligence check: nothing new.'])
    expect(notes(await findTimeline(officer, q({ compliance: 'FAILED_TO_ATTEND' })))).toEqual(['Did not attend.'])
    expect(notes(await findTimeline(officer, q({ compliance: 'ENFORCEMENT' })))).toEqual(['Warning letter issued.'])
    expect(notes(await findTimeline(officer, q({ q: 'HOUSING' })))).toEqual(['Attended and discussed housing.'])
    // 23:30 UTC on 11 March is still 11 March in London (GMT), so it belongs to that day.
    expect(notes(await findTimeline(officer, q({ from: '2026-03-11', to: '2026-03-11' })))).toEqual(['Police intelligence check: nothing new.'])
    expect(await prisma.auditEvent.count({ where: { action: 'timeline.view', actorUserId: officer.userId } })).toBeGreaterThan(0)
  })

  it('hides sensitive entries from roles without the grant', async () => {
    expect(notes(await findTimeline(w.actors.otherTeamOfficer, q()))).toContain('Disclosure discussion.')
    expect(notes(await findTimeline(w.actors.police, q()))).not.toContain('Disclosure discussion.')
  })

  it('rejects dates in the wrong order and answers NOT_FOUND out of scope', async () => {
    const error = await findTimeline(w.actors.otherTeamOfficer, q({ from: '2026-03-12', to: '2026-03-01' })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ZodError)
    expect((error as ZodError).issues[0]).toMatchObject({ path: ['to'], message: 'dateOrder' })
    await expect(findTimeline(w.actors.northOfficer, q())).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(findTimeline(w.actors.officer, { offenderId: w.people.excluded.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('pages by keyset without skipping or repeating entries', async () => {
    const person = w.people.north.id
    const author = { authorId: w.staff.northOfficer.id, authorAgencyId: w.nps.id }
    await prisma.contact.createMany({ data: Array.from({ length: TIMELINE_PAGE + 5 }, (_, i) => ({ offenderId: person, ...author, type: 'CASE_NOTE' as const, notes: `n${i}`, occurredAt: new Date(Date.UTC(2026, 0, 1 + (i % 3))) })) })
    const first = await findTimeline(w.actors.northOfficer, { offenderId: person })
    expect(first.entries).toHaveLength(TIMELINE_PAGE)
    const second = await findTimeline(w.actors.northOfficer, { offenderId: person, before: first.nextBefore! })
    expect(second.nextBefore).toBeNull()
    const all = [...first.entries, ...second.entries].map((e) => e.id)
    expect(new Set(all).size).toBe(TIMELINE_PAGE + 5)
  })
})
