import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { dateToLondonLocal } from '../../../src/lib/dates'
import { arrangeAppointment } from '../../../src/server/appointments/arrange-appointment'
import { cancelAppointment, rescheduleAppointment } from '../../../src/server/appointments/change-appointment'
import { prisma } from '../../../src/server/db'
import { decideEnforcement } from '../../../src/server/enforcement/decide-enforcement'
import { addObjective, updateObjective } from '../../../src/server/plan/objectives'
import { addRegistration, deregister, reviewRegistration } from '../../../src/server/risk/registrations'
import { recordRequirementProgress } from '../../../src/server/sentences/record-progress'
import { terminateSentence } from '../../../src/server/sentences/terminate-sentence'
import { varySentence } from '../../../src/server/sentences/vary-sentence'
import { decideTransfer, requestTransfer } from '../../../src/server/allocation/transfer'
import { withdrawTransfer } from '../../../src/server/allocation/withdraw-transfer'
import { seniorNorthOf } from '../../support/senior-north'
import { buildWorld, type World } from '../../support/world'
import { failureToAttend, freshPerson } from '../enforcement/support'

// Walk 58 F1: a form drawn before its record moved on (the order ended, the appointment was cancelled, the registration
// ended, someone else saved) and also holding a wrong answer was refused only for the answer, on a form no longer on
// the page. The record's news comes first, whatever else is wrong; nothing is saved, not even by the check itself.
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const nextMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
const refusal = (attempt: Promise<unknown>) => attempt.then(() => null, (e: unknown) => e)
const order = async (offenderId: string) =>
  prisma.sentence.create({
    data: { offenderId, type: 'COMMUNITY_ORDER', indexOffence: 'Burglary', lengthMonths: 12, lengthDays: 0, startDate: new Date('2026-01-05'), expectedEndDate: new Date('2027-01-04'), requirements: { create: [{ kind: 'UNPAID_WORK', description: '', unitsOrdered: 100 }] } },
    include: { requirements: true },
  })
const ending = { reason: 'TRANSFERRED_OUT', terminatedOn: '2026-06-01', accommodation: 'SETTLED_SUITABLE', ete: 'FULL_TIME' }

describe('a stale form that also fails a check is told what became of its record first', () => {
  it('an ended order: the vary, end and progress forms say the order ended, not "enter 40 or more"', async () => {
    const person = await freshPerson(w)
    const s = await order(person.id)
    const tooFew = { sentenceId: s.id, version: '1', on: '2026-06-02', change: 'ADD_REQUIREMENT', kind: 'UNPAID_WORK', amount: '30' }
    // While the order is active the amount is what is wrong, and checking the order moved nothing on.
    expect(await refusal(varySentence(w.actors.officer, tooFew))).toBeInstanceOf(ZodError)
    expect(await prisma.sentence.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ version: 1, status: 'ACTIVE' })
    await terminateSentence(w.actors.officer, { sentenceId: s.id, version: '1', ...ending })
    expect(await refusal(varySentence(w.actors.officer, tooFew))).toMatchObject({ code: 'VALIDATION', fieldErrors: { _form: ['sentenceEnded'] }, details: { stale: true } })
    expect(await refusal(terminateSentence(w.actors.officer, { sentenceId: s.id, version: '1', ...ending, reason: 'NOT_A_REASON' }))).toMatchObject({ fieldErrors: { _form: ['sentenceEnded'] } })
    // Walk 59 F2: progress on the ended order said "does not exist", with a good answer or a bad one.
    for (const units of ['0', '5']) expect(await refusal(recordRequirementProgress(w.actors.officer, { requirementId: s.requirements[0]!.id, units, workedOn: '2026-05-01' }))).toMatchObject({ fieldErrors: { _form: ['sentenceEnded'] }, details: { stale: true } })
    expect(await prisma.sentenceRequirement.count({ where: { sentenceId: s.id } })).toBe(1)
  })

  it('another person saved the order first: CONFLICT, whatever else is wrong', async () => {
    const person = await freshPerson(w)
    const s = await order(person.id)
    await varySentence(w.actors.officer, { sentenceId: s.id, version: '1', on: '2026-06-02', change: 'EXTEND', extendMonths: '2' })
    expect(await refusal(varySentence(w.actors.officer, { sentenceId: s.id, version: '1', on: '2026-06-02', change: 'EXTEND', extendMonths: '0' }))).toMatchObject({ code: 'CONFLICT' })
    expect(await prisma.sentence.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ version: 2, lengthMonths: 14 })
  })

  it('a cancelled appointment, an ended registration, a changed objective and a decided failure to attend', async () => {
    const person = await freshPerson(w)
    const { id: contactId } = await arrangeAppointment(w.actors.officer, { offenderId: person.id, occurredAt: dateToLondonLocal(new Date(Date.now() + 3 * 86_400_000)), location: 'Cardiff probation office', notes: 'Supervision', confirm: 'on', idempotencyKey: randomUUID() })
    await cancelAppointment(w.actors.officer, { contactId, version: '1', cancelReason: 'Unwell' })
    expect(await refusal(rescheduleAppointment(w.actors.officer, { contactId, version: '1', occurredAt: 'not a time', location: 'Cardiff' }))).toMatchObject({ code: 'CONFLICT' })
    expect(await refusal(cancelAppointment(w.actors.officer, { contactId, version: '2', cancelReason: '' }))).toMatchObject({ fieldErrors: { _form: ['appointmentClosed'] }, details: { stale: true } })

    const { id: flagId } = await addRegistration(w.actors.officer, { offenderId: person.id, type: 'DOMESTIC_ABUSE_PERPETRATOR', nextReviewDate: nextMonth() })
    await deregister(w.actors.officer, { flagId, version: '1', reason: 'MARAC closed the case' })
    expect(await refusal(reviewRegistration(w.actors.officer, { flagId, version: '1', nextReviewDate: 'soon' }))).toMatchObject({ code: 'CONFLICT' })

    const { id: objectiveId } = await addObjective(w.actors.officer, { offenderId: person.id, pathway: 'ACCOMMODATION', objective: 'Secure a tenancy', dueDate: nextMonth() })
    await updateObjective(w.actors.officer, { objectiveId, version: '1', status: 'ACHIEVED' })
    expect(await refusal(updateObjective(w.actors.officer, { objectiveId, version: '1', status: 'NOT_A_STATUS' }))).toMatchObject({ code: 'CONFLICT' })

    const enforcementId = await failureToAttend(w, w.actors.officer, person.id)
    await decideEnforcement(w.actors.officer, { enforcementId, version: '1', kind: 'WARNING', reason: 'First failure; warning letter sent.' })
    expect(await refusal(decideEnforcement(w.actors.officer, { enforcementId, version: '1', kind: 'WARNING', reason: '' }))).toMatchObject({ code: 'CONFLICT' })
    // At the current version but no longer awaiting a decision: the state, not the empty reason.
    expect(await refusal(decideEnforcement(w.actors.officer, { enforcementId, version: '2', kind: 'WARNING', reason: '' }))).toMatchObject({ fieldErrors: { _form: ['enforcementState'] }, details: { stale: true } })
  })

  it('a transfer withdrawn by the sending side: the receiving senior’s stale decision is told it was withdrawn, not "choose an option"', async () => {
    const person = await freshPerson(w)
    const { id: transferId } = await requestTransfer(w.actors.senior, { offenderId: person.id, toTeamId: w.teamNorth.id, reason: 'Moving north' })
    // A current form with a wrong answer is told about the answer, and the check withdrew nothing.
    expect(await refusal(withdrawTransfer(w.actors.senior, { transferId, version: '1', reason: '' }))).toBeInstanceOf(ZodError)
    expect(await prisma.transferRequest.findUniqueOrThrow({ where: { id: transferId } })).toMatchObject({ status: 'PENDING', version: 1 })
    await withdrawTransfer(w.actors.senior, { transferId, version: '1', reason: 'He is staying in Cardiff' })
    // Walk 61 F4: it said "does not exist or you do not have access", which sounds like a permissions problem.
    expect(await refusal(decideTransfer(await seniorNorthOf(w), { transferId, version: '1', decision: 'MAYBE' }))).toMatchObject({ fieldErrors: { _form: ['transferNoLongerPending'] }, details: { stale: true } })
    // Walk 59 F2: withdrawing it again from a second screen said "does not exist"; it says what became of it.
    for (const reason of ['', 'Second screen']) expect(await refusal(withdrawTransfer(w.actors.senior, { transferId, version: '1', reason }))).toMatchObject({ fieldErrors: { _form: ['transferNoLongerPending'] }, details: { stale: true } })
  })

  // Walk 63 F10: a second screen's transfer request, drawn before another was made and sent with its reason blank, came
  // back without a word (the form gone, the waiting request looking like its own). It is told one waits.
  it('a transfer requested meanwhile: a second request is told one waits, whatever else is wrong, and nothing is saved', async () => {
    const person = await freshPerson(w)
    expect(await refusal(requestTransfer(w.actors.senior, { offenderId: person.id, toTeamId: w.teamNorth.id, reason: '' }))).toBeInstanceOf(ZodError)
    await requestTransfer(w.actors.senior, { offenderId: person.id, toTeamId: w.teamNorth.id, reason: 'Moving north' })
    for (const late of [{ reason: '' }, { reason: 'Second screen', toTeamId: 'not a team' }, { reason: 'Second screen' }])
      expect(await refusal(requestTransfer(w.actors.senior, { offenderId: person.id, toTeamId: w.teamNorth.id, ...late }))).toMatchObject({ fieldErrors: { _form: ['transferPending'] }, details: { stale: true } })
    expect(await prisma.transferRequest.count({ where: { offenderId: person.id } })).toBe(1)
  })
})
