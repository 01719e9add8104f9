import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { getMinutes } from '../../../src/server/mappa/minutes'
import { findNominalsRegister } from '../../../src/server/mappa/nominals-register'
import { getMeeting } from '../../../src/server/mappa/queries'
import { buildWorld, type World } from '../../support/world'

// Issue 17 (h17f item 2): the register's redacted row gives the coordinator a nominal's level and next review date on
// purpose (ADR 0023: they need them for workload), but the same nominal redacted on an agenda gave neither. The agenda
// item (meeting page, minutes and their PDF) carries those two facts, from the same allow-list as the register row,
// and nothing more: no category, id, name or CRN.

const nextReview = new Date('2027-02-01T00:00:00Z')
let w: World
let meetingId: string
let forbidden: string[]

beforeAll(async () => {
  w = await buildWorld()
  const p = w.people.restricted
  const nominal = await prisma.mappaNominal.create({ data: { offenderId: p.id, category: 1, level: 3, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: new Date('2026-01-01'), nextReviewDate: nextReview } })
  const meeting = await prisma.mappaMeeting.create({
    data: { area: 'SOUTH_WALES', level: 3, startsAt: new Date(Date.now() - 3_600_000), chairId: w.staff.mappa.id, coordinatorId: w.staff.mappa.id, status: 'PUBLISHED', publishedAt: new Date(Date.now() - 86_400_000) },
  })
  meetingId = meeting.id
  const item = await prisma.mappaAgendaItem.create({ data: { meetingId, offenderId: p.id, nominalId: nominal.id, reason: 'REVIEW', position: 1, status: 'LISTED' } })
  forbidden = [p.id, p.crn, p.firstName, p.lastName, nominal.id, item.id, w.nps.id]
})

const leaked = (received: unknown) => forbidden.filter((s) => JSON.stringify(received).includes(s))
/** The nominal's facts as the register's redacted row gives them to the same reader. */
const registerFacts = async () => {
  const register = await findNominalsRegister(w.actors.mappa, { level: '3' })
  const rows = register.rows.filter((r) => r.restricted && r.nextReviewDate.getTime() === nextReview.getTime())
  expect(rows.length).toBeGreaterThan(0)
  return { restricted: true, level: rows[0]!.level, nextReviewDate: rows[0]!.nextReviewDate }
}

describe('a redacted agenda item carries the level and next review date, as the register row does, and nothing more', () => {
  it('on the meeting page', async () => {
    const [item] = (await getMeeting(w.actors.mappa, meetingId)).agendaItems
    expect(item!.restricted).toBe(true)
    expect(item!.nominal).toEqual(await registerFacts())
    expect(item!.nominal).toEqual({ restricted: true, level: 3, nextReviewDate: nextReview })
    expect(leaked(item)).toEqual([])
  })

  it('in the minutes (page and PDF read the same data)', async () => {
    const [item] = (await getMinutes(w.actors.mappa, meetingId)).agendaItems
    expect(item!.restricted).toBe(true)
    expect(item!.nominal).toEqual({ restricted: true, level: 3, nextReviewDate: nextReview })
    expect(leaked(item)).toEqual([])
  })
})
