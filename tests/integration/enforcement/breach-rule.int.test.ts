import { beforeAll, describe, expect, it } from 'vitest'
import { londonDay, londonMidnight } from '../../../src/lib/dates'
import { prisma } from '../../../src/server/db'
import { recordOutcome } from '../../../src/server/appointments/record-outcome'
import { countersignEnforcement } from '../../../src/server/enforcement/countersign-enforcement'
import { decideEnforcement } from '../../../src/server/enforcement/decide-enforcement'
import { findEnforcementFor } from '../../../src/server/enforcement/find-enforcement'
import { getOffender } from '../../../src/server/offenders/get-offender'
import { buildWorld, type World } from '../../support/world'
import { failureToAttend, freshPerson, monthsAgo, pastAppointment, refusedFields } from './support'

let w: World
beforeAll(async () => {
  w = await buildWorld()
})

/** The London date 12 months before today, as the tests compute it independently of the code. */
function twelveMonthsAgoLondon(): string {
  const [y, m, d] = londonDay(new Date()).split('-').map(Number) as [number, number, number]
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate()
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`
}

const entry = async (offenderId: string, id: string) => (await findEnforcementFor(w.actors.officer, offenderId)).find((e) => e.id === id)!

describe('unacceptable absences in the last 12 months, on the record (issue 13)', () => {
  it('counts failures to attend since the same London date a year ago; not acceptable absences, attended or older ones', async () => {
    const person = await freshPerson(w)
    const start = londonMidnight(twelveMonthsAgoLondon())
    const outcomes: [Date, 'FAILED_TO_ATTEND' | 'ACCEPTABLE_ABSENCE' | 'ATTENDED'][] = [
      [new Date(start.getTime() + 60_000), 'FAILED_TO_ATTEND'], // first minute of the window: counts
      [new Date(start.getTime() - 60_000), 'FAILED_TO_ATTEND'], // the evening before (London): does not
      [monthsAgo(2), 'FAILED_TO_ATTEND'],
      [monthsAgo(1), 'ACCEPTABLE_ABSENCE'],
      [monthsAgo(1, 3), 'ATTENDED'],
    ]
    for (const [at, outcome] of outcomes) {
      const a = await pastAppointment(w, person.id, at)
      await recordOutcome(w.actors.officer, { contactId: a.id, version: 1, outcome, absenceReason: 'Hospital appointment' })
    }
    expect((await getOffender(w.actors.officer, person.id)).unacceptableAbsences).toBe(2)
    // Readers outside probation see the same count on the record they may read.
    expect((await getOffender(w.actors.colleague, person.id)).unacceptableAbsences).toBe(2)
  })
})

describe('a second unacceptable absence within 12 months of a warning prompts breach (issue 13)', () => {
  it('presents breach as the expected course, refuses a warning without a reason, and stores and audits the reason given', async () => {
    const person = await freshPerson(w)
    const first = await failureToAttend(w, w.actors.officer, person.id, monthsAgo(3))
    expect(await entry(person.id, first)).toMatchObject({ breachExpected: false })
    await decideEnforcement(w.actors.officer, { enforcementId: first, version: 1, kind: 'WARNING', reason: 'First failure; warning letter sent.' })

    const second = await failureToAttend(w, w.actors.officer, person.id)
    expect(await entry(person.id, second)).toMatchObject({ breachExpected: true })
    const auditBefore = await prisma.auditEvent.count({ where: { subjectId: second } })
    expect(await refusedFields(decideEnforcement(w.actors.officer, { enforcementId: second, version: 1, kind: 'WARNING', reason: 'Second warning.' }))).toEqual(['noBreachReason'])
    expect(await refusedFields(decideEnforcement(w.actors.officer, { enforcementId: second, version: 1, kind: 'WARNING', reason: 'Second warning.', noBreachReason: '   ' }))).toEqual(['noBreachReason'])
    expect(await prisma.enforcementAction.findUniqueOrThrow({ where: { id: second } })).toMatchObject({ status: 'AWAITING_DECISION', version: 1, kind: null })
    expect(await prisma.auditEvent.count({ where: { subjectId: second } })).toBe(auditBefore)

    const why = 'He was arrested the night before and held in custody; the court was told.'
    await decideEnforcement(w.actors.officer, { enforcementId: second, version: 1, kind: 'WARNING', reason: 'Second warning.', noBreachReason: why })
    expect(await prisma.enforcementAction.findUniqueOrThrow({ where: { id: second } })).toMatchObject({ status: 'ISSUED', kind: 'WARNING', breachExpected: true, noBreachReason: why })
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'enforcement.decide', subjectId: second } })
    expect(audit.detail).toMatchObject({ kind: 'WARNING', breachExpected: true, noBreachReason: why })
    expect(await entry(person.id, second)).toMatchObject({ breachExpected: true, noBreachReason: why })
  })

  it('needs no reason when the officer breaches; a senior countersigns', async () => {
    const person = await freshPerson(w)
    const first = await failureToAttend(w, w.actors.officer, person.id, monthsAgo(6))
    await decideEnforcement(w.actors.officer, { enforcementId: first, version: 1, kind: 'WARNING', reason: 'Warning.' })
    const second = await failureToAttend(w, w.actors.officer, person.id)
    await decideEnforcement(w.actors.officer, { enforcementId: second, version: 1, kind: 'BREACH', reason: 'Second failure within 12 months of a warning.' })
    await countersignEnforcement(w.actors.senior, { enforcementId: second, version: 2, decision: 'APPROVE' })
    expect(await prisma.enforcementAction.findUniqueOrThrow({ where: { id: second } })).toMatchObject({ status: 'ISSUED', kind: 'BREACH', breachExpected: true, noBreachReason: null })
  })

  it('asks again after a senior rejects the breach: a warning then still needs the reason', async () => {
    const person = await freshPerson(w)
    await decideEnforcement(w.actors.officer, { enforcementId: await failureToAttend(w, w.actors.officer, person.id, monthsAgo(1)), version: 1, kind: 'WARNING', reason: 'Warning.' })
    const second = await failureToAttend(w, w.actors.officer, person.id)
    await decideEnforcement(w.actors.officer, { enforcementId: second, version: 1, kind: 'BREACH', reason: 'Breach.' })
    await countersignEnforcement(w.actors.senior, { enforcementId: second, version: 2, decision: 'REJECT', note: 'Speak to him first.' })
    expect(await refusedFields(decideEnforcement(w.actors.officer, { enforcementId: second, version: 3, kind: 'WARNING', reason: 'Warning instead.' }))).toEqual(['noBreachReason'])
  })

  it('does not prompt breach when the warning is more than 12 months before the absence, or there was no warning', async () => {
    const person = await freshPerson(w)
    const old = await failureToAttend(w, w.actors.officer, person.id, monthsAgo(14))
    await decideEnforcement(w.actors.officer, { enforcementId: old, version: 1, kind: 'WARNING', reason: 'Warning.' })
    // The warning was issued 13 months ago, not today as the call above stamped it.
    await prisma.enforcementAction.update({ where: { id: old }, data: { decidedAt: monthsAgo(13) } })
    const now = await failureToAttend(w, w.actors.officer, person.id)
    expect(await entry(person.id, now)).toMatchObject({ breachExpected: false })
    await expect(decideEnforcement(w.actors.officer, { enforcementId: now, version: 1, kind: 'WARNING', reason: 'Warning.' })).resolves.toBeTruthy()

    const other = await freshPerson(w)
    const a = await failureToAttend(w, w.actors.officer, other.id, monthsAgo(2))
    const b = await failureToAttend(w, w.actors.officer, other.id)
    // Two absences but no warning yet: the first decision is open, so neither is "after a warning".
    expect(await entry(other.id, b)).toMatchObject({ breachExpected: false })
    expect(await entry(other.id, a)).toMatchObject({ breachExpected: false })
  })
})
