import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { findCaseload } from '../../../src/server/offenders/find-caseload'
import { searchOffenders } from '../../../src/server/offenders/search-offenders'
import { createContact, createOffender, createUser } from '../../factories'
import { buildWorld, type World } from '../../support/world'

// A list row's every field, read in one SQL query since issue 18 item 1: the values below are what the earlier
// Prisma reads (nested selects plus grouped counts) returned for the same person.
const DAY = 86_400_000
const midnight = Math.floor(Date.now() / DAY) * DAY
let w: World
let personId: string
let crn: string

beforeAll(async () => {
  w = await buildWorld()
  const officer = await createUser(prisma, { agencyId: w.nps.id, teamId: w.teamA.id, roles: ['PROBATION_OFFICER'], name: 'Olwen Owen' })
  const p = await createOffender(prisma, {
    responsibleAgencyId: w.nps.id, offenderManagerId: officer.id, teamId: w.teamA.id, lduId: w.cardiff.id,
    lastName: 'Prydderch', firstName: 'Iolo', dateOfBirth: new Date('1990-03-04'),
    riskProfile: { create: { overallRosh: 'MEDIUM', assessedAt: new Date() } },
  })
  personId = p.id
  crn = p.crn
  const flag = (type: 'IOM' | 'MAPPA' | 'GANGS', extra: Record<string, unknown> = {}) =>
    prisma.riskFlag.create({ data: { offenderId: p.id, type, registeredAt: new Date('2026-01-01'), ...extra } })
  await flag('IOM', { nextReviewDate: new Date(midnight - 2 * DAY) }) // active, review missed: overdue
  await flag('GANGS', { nextReviewDate: new Date(midnight + 5 * DAY) }) // active, review ahead
  await flag('MAPPA', { level: 3, category: 1, deregisteredAt: new Date('2026-02-01'), nextReviewDate: new Date('2026-01-15') }) // ended: ignored
  const sentence = (expectedEndDate: string, status: 'ACTIVE' | 'TERMINATED', type: 'LICENCE' | 'COMMUNITY_ORDER') =>
    prisma.sentence.create({ data: { offenderId: p.id, type, status, indexOffence: 'Theft', startDate: new Date('2025-01-01'), expectedEndDate: new Date(expectedEndDate) } })
  await sentence('2028-05-01', 'ACTIVE', 'LICENCE')
  await sentence('2027-06-30', 'ACTIVE', 'COMMUNITY_ORDER')
  await sentence('2026-02-01', 'TERMINATED', 'LICENCE')
  const author = { offenderId: p.id, authorId: officer.id, authorAgencyId: w.nps.id, notes: '' }
  await createContact(prisma, { ...author, type: 'APPOINTMENT', occurredAt: new Date(midnight - 4 * DAY) }) // no outcome: overdue
  await createContact(prisma, { ...author, type: 'APPOINTMENT', occurredAt: new Date(midnight - 3 * DAY), cancelledAt: new Date(midnight - 5 * DAY), cancelReason: 'Illness' })
  await createContact(prisma, { ...author, occurredAt: new Date(midnight - DAY - 1234) }) // the last contact
  await createContact(prisma, { ...author, type: 'APPOINTMENT', occurredAt: new Date(midnight + 2 * DAY), cancelledAt: new Date(), cancelReason: 'Illness' })
  await createContact(prisma, { ...author, type: 'APPOINTMENT', occurredAt: new Date(midnight + 3 * DAY + 500) }) // the next appointment
  await createContact(prisma, { ...author, type: 'APPOINTMENT', occurredAt: new Date(midnight + 9 * DAY) })
})

describe('list rows (caseload and search)', () => {
  it('carries the person, RoSH, tier, sentence ending first, next and last contact, overdue items and manager', async () => {
    const expected = {
      restricted: false, id: personId, crn, name: 'Prydderch, Iolo', dateOfBirth: new Date('1990-03-04'), rosh: 'MEDIUM', tier: 'C',
      nextAppointment: new Date(midnight + 3 * DAY + 500), lastContact: new Date(midnight - DAY - 1234),
      sentence: { type: 'COMMUNITY_ORDER', expectedEndDate: new Date('2027-06-30') }, overdueItems: 2, managerName: 'Olwen Owen',
    }
    const caseload = await findCaseload(w.actors.senior, { view: 'team' })
    expect(caseload.rows.find((r) => !r.restricted && r.id === personId)).toEqual(expected)
    expect((await searchOffenders(w.actors.senior, { q: crn })).rows).toEqual([expected])
  })

  it('gives a person with nothing recorded empty values, and a redacted row nothing that identifies them', async () => {
    const bare = await createOffender(prisma, { responsibleAgencyId: w.nps.id, teamId: w.teamA.id, lduId: w.cardiff.id, lastName: 'Gwag', firstName: 'Nia' })
    expect((await searchOffenders(w.actors.senior, { q: bare.crn })).rows).toEqual([
      expect.objectContaining({ id: bare.id, rosh: null, tier: 'G', nextAppointment: null, lastContact: null, sentence: null, overdueItems: 0, managerName: null }),
    ])
    expect((await searchOffenders(w.actors.officer, { q: w.people.excluded.crn })).rows).toEqual([{ restricted: true }])
  })
})
