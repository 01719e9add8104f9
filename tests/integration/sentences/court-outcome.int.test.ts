import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { getOffender } from '../../../src/server/offenders/get-offender'
import { recordRequirementProgress } from '../../../src/server/sentences/record-progress'
import { recordCourtOutcome } from '../../../src/server/sentences/record-court-outcome'
import { getSentences } from '../../../src/server/sentences/get-sentences'
import { buildWorld, type World } from '../../support/world'

let w: World
beforeAll(async () => {
  w = await buildWorld()
})

/** A community order as the form sends it: dotted field names, strings. */
const communityOrder = (extra: Record<string, unknown> = {}) => ({
  offenderId: w.people.mine.id,
  idempotencyKey: randomUUID(),
  court: 'Cardiff Magistrates’ Court',
  sentenceDate: '2026-01-05',
  type: 'COMMUNITY_ORDER',
  lengthMonths: '12',
  lengthDays: '',
  'offences.0.category': 'ACQUISITIVE',
  'offences.0.offenceDate': '2025-11-20',
  'offences.0.description': 'Theft from a shop',
  'offences.1.category': '',
  'offences.1.offenceDate': '',
  'offences.1.description': '',
  mainOffence: '0',
  'requirements.UNPAID_WORK.hours': '120',
  'requirements.REHABILITATION_ACTIVITY.days': '20',
  'requirements.CURFEW.hoursPerDay': '',
  'requirements.CURFEW.months': '',
  accommodation: 'SETTLED_SUITABLE',
  ete: 'UNEMPLOYED_SEEKING',
  ...extra,
})

const counts = async () => [await prisma.sentence.count(), await prisma.sentenceRequirement.count(), await prisma.sentenceOffence.count(), await prisma.circumstanceSnapshot.count(), await prisma.sentenceEvent.count()]

describe('recording a court outcome', () => {
  it('records a community order with its requirements, derived end date, start snapshot, history and audit row', async () => {
    const input = communityOrder()
    const { id } = await recordCourtOutcome(w.actors.officer, input)
    const sentence = await prisma.sentence.findUniqueOrThrow({ where: { id }, include: { requirements: true, offences: true, events: true, snapshots: true } })
    expect(sentence).toMatchObject({ type: 'COMMUNITY_ORDER', status: 'ACTIVE', indexOffence: 'Theft from a shop', offenceCategory: 'ACQUISITIVE', expectedEndDate: new Date('2027-01-04'), releaseDate: null })
    expect(sentence.requirements.map((r) => [r.kind, r.unitsOrdered]).sort()).toEqual([['REHABILITATION_ACTIVITY', 20], ['UNPAID_WORK', 120]])
    expect(sentence.offences).toEqual([expect.objectContaining({ isMain: true, category: 'ACQUISITIVE' })])
    expect(sentence.snapshots).toEqual([expect.objectContaining({ occasion: 'SENTENCE_START', accommodation: 'SETTLED_SUITABLE', ete: 'UNEMPLOYED_SEEKING' })])
    expect(sentence.events).toEqual([expect.objectContaining({ type: 'RECORDED', actorId: w.staff.officer.id, values: expect.objectContaining({ type: 'COMMUNITY_ORDER', endDate: '2027-01-04' }) })])
    expect(await prisma.auditEvent.findFirst({ where: { action: 'sentence.record', subjectId: id } })).toMatchObject({ actorUserId: w.staff.officer.id, offenderId: w.people.mine.id })

    // A double click records one sentence.
    expect(await recordCourtOutcome(w.actors.officer, input)).toEqual({ id, offenderId: w.people.mine.id })
    expect(await prisma.sentence.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1)

    // The existing progress recording works on the new requirements, and the record shows the order.
    const unpaid = sentence.requirements.find((r) => r.kind === 'UNPAID_WORK')!
    expect(await recordRequirementProgress(w.actors.officer, { requirementId: unpaid.id, units: '6', workedOn: '2026-02-01' })).toMatchObject({ total: 6 })
    const record = await getOffender(w.actors.officer, w.people.mine.id)
    expect(record.sentences.find((s) => s.id === id)).toBeTruthy()
    const history = await getSentences(w.actors.officer, w.people.mine.id)
    expect(history.canManage).toBe(true)
    expect(history.circumstances[0]).toMatchObject({ accommodation: 'SETTLED_SUITABLE' })
  })

  it('derives and stores the release, licence and supervision dates of a custodial sentence, with the standard licence', async () => {
    const { id } = await recordCourtOutcome(w.actors.senior, {
      ...communityOrder({ type: 'CUSTODY', lengthMonths: '6', 'requirements.UNPAID_WORK.hours': '', 'requirements.REHABILITATION_ACTIVITY.days': '', accommodation: '', ete: '' }),
      sentenceDate: '2026-03-01',
      additionalConditions: 'Not to contact the victim, directly or indirectly\nTo attend all appointments with the drug service',
    })
    const s = await prisma.sentence.findUniqueOrThrow({ where: { id }, include: { requirements: true } })
    expect(s).toMatchObject({ releaseDate: new Date('2026-06-01'), releaseDateKind: 'ARD', licenceEndDate: new Date('2026-08-31'), supervisionEndDate: new Date('2027-06-01'), expectedEndDate: new Date('2027-06-01') })
    expect(s.requirements.filter((r) => r.conditionCode === 'ADDITIONAL').map((r) => r.description)).toHaveLength(2)
    expect(s.requirements.every((r) => r.kind === 'LICENCE_CONDITION')).toBe(true)
    expect(s.requirements.length).toBe(10)
  })

  it('records a suspended sentence order with its custodial term and supervision period', async () => {
    const { id } = await recordCourtOutcome(w.actors.officer, communityOrder({ type: 'SUSPENDED_SENTENCE_ORDER', lengthMonths: '18', custodialTermMonths: '6', 'requirements.UNPAID_WORK.hours': '', 'requirements.CURFEW.hoursPerDay': '8', 'requirements.CURFEW.months': '4' }))
    expect(await prisma.sentence.findUniqueOrThrow({ where: { id }, include: { requirements: true } })).toMatchObject({
      custodialTermMonths: 6,
      expectedEndDate: new Date('2027-07-04'),
      requirements: expect.arrayContaining([expect.objectContaining({ kind: 'CURFEW', hoursPerDay: 8, durationMonths: 4 })]),
    })
  })

  it('explains bad input in field messages and saves nothing', async () => {
    const before = await counts()
    for (const [bad, path, key] of [
      [{ 'requirements.UNPAID_WORK.hours': '20' }, 'requirements.UNPAID_WORK.hours', 'numberTooSmall'],
      [{ 'requirements.UNPAID_WORK.hours': '301' }, 'requirements.UNPAID_WORK.hours', 'numberTooBig'],
      [{ 'requirements.CURFEW.hoursPerDay': '22', 'requirements.CURFEW.months': '3' }, 'requirements.CURFEW.hoursPerDay', 'numberTooBig'],
      [{ 'requirements.CURFEW.hoursPerDay': '8' }, 'requirements.CURFEW.months', 'required'],
      [{ type: 'CUSTODY' }, 'requirements.UNPAID_WORK.hours', 'requirementNotForOrder'],
      [{ 'requirements.UNPAID_WORK.hours': '', 'requirements.REHABILITATION_ACTIVITY.days': '' }, 'requirements', 'requirementRequired'],
      [{ 'requirements.DRUG_TREATMENT.months': '18' }, 'requirements.DRUG_TREATMENT.months', 'requirementLongerThanOrder'],
      [{ lengthMonths: '' }, 'lengthMonths', 'lengthRequired'],
      [{ lengthMonths: '37' }, 'lengthMonths', 'orderTooLong'],
      [{ type: 'SUSPENDED_SENTENCE_ORDER' }, 'custodialTermMonths', 'ssoTermRange'],
      [{ mainOffence: '1' }, 'mainOffence', 'mainOffenceRequired'],
      [{ 'offences.0.category': '', 'offences.0.offenceDate': '', 'offences.0.description': '' }, 'offences.0.category', 'offenceRequired'],
      [{ 'offences.0.offenceDate': '2026-02-01' }, 'offences.0.offenceDate', 'offenceAfterSentence'],
      [{ sentenceDate: '2098-01-01' }, 'sentenceDate', 'notInFuture'],
      [{ ete: '' }, 'ete', 'snapshotBoth'],
      [{ additionalConditions: 'No contact' }, 'additionalConditions', 'notForOrderType'],
    ] as const) {
      const error = await recordCourtOutcome(w.actors.officer, communityOrder(bad)).catch((e: unknown) => e)
      expect(error, JSON.stringify(bad)).toBeInstanceOf(ZodError)
      expect((error as ZodError).issues.map((i) => [i.path.join('.'), i.message]), JSON.stringify(bad)).toContainEqual([path, key])
    }
    expect(await counts()).toEqual(before)
  })

  it('is for probation staff who manage the person: wrong role FORBIDDEN, read-only colleague FORBIDDEN, out of scope NOT_FOUND', async () => {
    const before = await counts()
    await expect(recordCourtOutcome(w.actors.police, communityOrder({ offenderId: w.people.mappaCardiff.id }))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(recordCourtOutcome(w.actors.manager, communityOrder())).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(recordCourtOutcome(w.actors.colleague, communityOrder())).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(recordCourtOutcome(w.actors.northOfficer, communityOrder())).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(recordCourtOutcome(w.actors.officer, communityOrder({ offenderId: w.people.excluded.id }))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(recordCourtOutcome(w.actors.officer, communityOrder({ offenderId: randomUUID() }))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getSentences(w.actors.northOfficer, w.people.mine.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await counts()).toEqual(before)
  })
})

describe('revoking and re-sentencing', () => {
  it('ends the old order, revoked, with the snapshot, and records the new one in one transaction', async () => {
    const { id: old } = await recordCourtOutcome(w.actors.officer, communityOrder({ sentenceDate: '2026-02-01', 'offences.0.offenceDate': '2026-01-10' }))
    const resentence = (extra: Record<string, unknown> = {}) =>
      communityOrder({ sentenceDate: '2026-06-01', 'offences.0.offenceDate': '2026-05-01', revokes: `${old}:1`, revokeReason: 'REVOKED_BREACH', accommodation: 'UNSETTLED_TEMPORARY', ete: 'UNEMPLOYED_SEEKING', ...extra })

    const before = await counts()
    for (const [bad, path, key] of [
      [{ accommodation: '', ete: '' }, 'accommodation', 'snapshotRequired'],
      [{ revokeReason: '' }, 'revokeReason', 'chooseOption'],
      [{ revokes: 'not-a-sentence' }, 'revokes', 'chooseOption'],
    ] as const) {
      const error = await recordCourtOutcome(w.actors.officer, resentence(bad)).catch((e: unknown) => e)
      expect((error as ZodError).issues.map((i) => [i.path.join('.'), i.message]), JSON.stringify(bad)).toContainEqual([path, key])
    }
    await expect(recordCourtOutcome(w.actors.officer, resentence({ revokes: `${old}:7` }))).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(recordCourtOutcome(w.actors.officer, resentence({ sentenceDate: '2026-01-20', 'offences.0.offenceDate': '2026-01-01' }))).rejects.toMatchObject({ fieldErrors: { sentenceDate: ['beforeSentence'] } })
    expect(await counts()).toEqual(before)

    const { id } = await recordCourtOutcome(w.actors.officer, resentence())
    expect(await prisma.sentence.findUniqueOrThrow({ where: { id: old }, include: { snapshots: true } })).toMatchObject({
      status: 'TERMINATED',
      terminationReason: 'REVOKED_BREACH',
      terminatedOn: new Date('2026-06-01'),
      snapshots: expect.arrayContaining([expect.objectContaining({ occasion: 'TERMINATION', accommodation: 'UNSETTLED_TEMPORARY' })]),
    })
    expect(await prisma.sentenceEvent.findFirst({ where: { sentenceId: id, type: 'RECORDED' } })).toMatchObject({ values: expect.objectContaining({ revokes: old }) })
    expect(await prisma.auditEvent.findFirst({ where: { action: 'sentence.terminate', subjectId: old } })).toMatchObject({ detail: expect.objectContaining({ reason: 'REVOKED_BREACH', resentenced: true }) })
  })
})
