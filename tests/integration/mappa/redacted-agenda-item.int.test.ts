import { beforeAll, describe, expect, it } from 'vitest'
import { getMinutes } from '../../../src/server/mappa/minutes'
import { findNominalsRegister } from '../../../src/server/mappa/nominals-register'
import { getMeeting } from '../../../src/server/mappa/queries'
import { restrictedAgendaItem } from '../../support/mappa-agenda'
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
  const listed = await restrictedAgendaItem(w, { level: 3, category: 1, nextReviewDate: nextReview }, { policePresent: false })
  meetingId = listed.meetingId
  forbidden = [p.id, p.crn, p.firstName, p.lastName, listed.nominalId, listed.itemId, w.nps.id]
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
