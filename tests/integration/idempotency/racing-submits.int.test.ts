import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { createAgency } from '../../../src/server/agencies/save-agency'
import { openBreakGlass } from '../../../src/server/break-glass/open-break-glass'
import { addAccessEntry } from '../../../src/server/limited-access/change-access-list'
import { createOffender as createPerson } from '../../../src/server/offenders/create-offender'
import { recordCourtOutcome } from '../../../src/server/sentences/record-court-outcome'
import { recordProvenOffence } from '../../../src/server/sentences/record-proven-offence'
import { createUser } from '../../../src/server/users/create-user'
import { createOffender } from '../../factories'
import { buildWorld, type World } from '../../support/world'
import { arrange, day } from '../diary/support'

// Found by trying to break issue 13: identical submits racing each other (a double click, a retried request) were
// told "Something went wrong" or "clashes with an appointment" about the very record they had created.
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const person = () => createOffender(prisma, { responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.officer.id, teamId: w.teamA.id, lduId: w.cardiff.id })
const race = <T>(n: number, submit: () => Promise<T>) => Promise.allSettled(Array.from({ length: n }, submit))
const outcomes = (results: PromiseSettledResult<{ id: string }>[]) => results.map((r) => (r.status === 'fulfilled' ? r.value.id : `rejected: ${JSON.stringify(r.reason?.code ?? String(r.reason))}`))

describe('identical submits racing each other are all told the one record exists', () => {
  it('records one court outcome', async () => {
    const p = await person()
    const form = {
      offenderId: p.id,
      idempotencyKey: randomUUID(),
      court: 'Cardiff Magistrates’ Court',
      sentenceDate: '2026-01-05',
      type: 'COMMUNITY_ORDER',
      lengthMonths: '12',
      'offences.0.category': 'ACQUISITIVE',
      'offences.0.offenceDate': '2025-11-20',
      'offences.0.description': 'Theft from a shop',
      mainOffence: '0',
      'requirements.UNPAID_WORK.hours': '120',
    }
    const ids = outcomes(await race(5, () => recordCourtOutcome(w.actors.officer, form)))
    expect(new Set(ids).size).toBe(1)
    expect(ids[0]).not.toMatch(/^rejected/)
    expect(await prisma.sentence.count({ where: { offenderId: p.id } })).toBe(1)
  })

  it('records one caution', async () => {
    const p = await person()
    const form = { offenderId: p.id, idempotencyKey: randomUUID(), offenceDate: '2026-03-02', category: 'PUBLIC_ORDER', provenOn: '2026-03-09', disposal: 'CAUTION', sentenceType: '', description: 'Threatening behaviour' }
    const ids = outcomes(await race(4, () => recordProvenOffence(w.actors.officer, form)))
    expect(new Set(ids).size).toBe(1)
    expect(ids[0]).not.toMatch(/^rejected/)
    expect(await prisma.provenOffence.count({ where: { offenderId: p.id } })).toBe(1)
  })

  it('books one appointment, not a clash with itself', async () => {
    const p = await person()
    const key = randomUUID()
    const ids = outcomes(await race(3, () => arrange(w.actors.officer, p.id, `${day(20)}T11:00`, { idempotencyKey: key })))
    expect(new Set(ids).size).toBe(1)
    expect(ids[0]).not.toMatch(/^rejected/)
    expect(await prisma.contact.count({ where: { offenderId: p.id, type: 'APPOINTMENT' } })).toBe(1)
  })
})

// Break test 27, D3: five identical "add to the exclusion list" requests at once saved one row, but four were told
// "Something went wrong. Nothing was saved." where one sent later is told "already on that list" (issue 17 item 2).
describe('identical "one per" creates racing each other: one row, and the losers told it is already there', () => {
  const refusals = (results: PromiseSettledResult<unknown>[]) =>
    results.filter((r) => r.status === 'rejected').map((r) => ({ code: r.reason?.code, fieldErrors: r.reason?.fieldErrors }))

  it.each(['EXCLUSION', 'RESTRICTION'] as const)('puts a member of staff on the %s list once', async (kind) => {
    const p = await person()
    const entry = { offenderId: p.id, kind, userId: w.staff.colleague.id, reason: 'Knows the family' }
    const results = await race(5, () => addAccessEntry(w.actors.senior, entry))
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(refusals(results)).toEqual(Array(4).fill({ code: 'VALIDATION', fieldErrors: { userId: ['accessAlreadyListed'] } }))
    expect(await prisma.accessRestriction.count({ where: { offenderId: p.id, kind, userId: w.staff.colleague.id } })).toBe(1)
  })

  // The siblings: every other create the app makes on a column held unique, checked first and then written.
  const loneWinner = async (results: PromiseSettledResult<unknown>[], field: string, key: string) => {
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(refusals(results)).toEqual(Array(results.length - 1).fill({ code: 'VALIDATION', fieldErrors: { [field]: [key] } }))
  }

  it('creates one agency of a code', async () => {
    const code = `RACE-${randomUUID().slice(0, 6).toUpperCase()}`
    await loneWinner(await race(4, () => createAgency(w.actors.admin, { code, name: 'Racing Trust', kind: 'THIRD_SECTOR', region: '' })), 'code', 'codeTaken')
    expect(await prisma.agency.count({ where: { code } })).toBe(1)
  })

  it('creates one user of an email address', async () => {
    const email = `race-${randomUUID().slice(0, 8)}@llwybr.test`
    const input = { name: 'Ras Rhys', email, agencyId: w.nps.id, teamId: w.teamA.id, roles: 'PROBATION_OFFICER', locale: 'en', password: 'Bara-brith-and-cawl-2026' }
    await loneWinner(await race(4, () => createUser(w.actors.admin, input)), 'email', 'emailTaken')
    expect(await prisma.user.count({ where: { email } })).toBe(1)
  })

  it('creates one person of a PNC id, whichever form each was sent from', async () => {
    const pncId = `2026/${String(Date.now() % 10_000_000).padStart(7, '0')}R`
    const form = () => ({ firstName: 'Rhedwr', lastName: `Cyflym${w.tag}`, dateOfBirth: '1990-01-01', sex: 'MALE', pncId, confirmedNotDuplicate: 'on', idempotencyKey: randomUUID() })
    await loneWinner(await race(4, () => createPerson(w.actors.officer, form())), 'pncId', 'pncTaken')
    expect(await prisma.offender.count({ where: { pncId } })).toBe(1)
  })
})

// Break 51 F1, F2: the same new person or the same break-glass opening sent from several tabs at once (each tab its own
// submission key) saved two or three of them; the checks for an earlier one ran before either had committed.
describe('the same create from several tabs at once: one row, the others told it exists', () => {
  it('creates one person, and the other tabs are shown that person as a likely duplicate', async () => {
    const lastName = `Rasio${w.tag}${randomUUID().slice(0, 4)}`
    const form = () => ({ firstName: 'Race', lastName, dateOfBirth: '1987-04-03', sex: 'MALE', idempotencyKey: randomUUID() })
    const results = await race(3, () => createPerson(w.actors.officer, form()))
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const [saved] = await prisma.offender.findMany({ where: { lastName }, select: { crn: true } })
    for (const r of results.filter((r) => r.status === 'rejected')) {
      expect(r.reason).toMatchObject({ code: 'CONFLICT', details: { duplicates: [expect.objectContaining({ crn: saved!.crn })] } })
    }
    expect(await prisma.offender.count({ where: { lastName } })).toBe(1)
  })

  it('opens a record once by break-glass', async () => {
    const target = w.people.north
    const reason = 'Custody called about an arrest overnight; need the address'
    const results = await race(5, () => openBreakGlass(w.actors.colleague, { target: target.id, reason }))
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value.offenderId : String(r.reason)))).toEqual(Array(5).fill(target.id))
    expect(await prisma.breakGlassAccess.count({ where: { offenderId: target.id, userId: w.staff.colleague.id } })).toBe(1)
    expect(await prisma.auditEvent.count({ where: { action: 'offender.breakGlass', offenderId: target.id, actorUserId: w.staff.colleague.id } })).toBe(1)
  })
})
