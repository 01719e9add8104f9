import { addYears, subYears } from 'date-fns'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { changeVolunteerStage, getVolunteer, listVolunteers, recordDbs, recordEnquiry, recordReferences, recordTraining } from '../../../src/server/cosa/volunteers'
import type { Actor } from '../../../src/server/policy'
import { issueKey } from '../../../src/server/validation-messages'
import { createOffender, createUser } from '../../factories'
import { actorOf } from '../../support/actor'

let coordinator: Actor
let otherProvider: Actor
let officer: Actor
let volunteerId: string
const iso = (d: Date) => d.toISOString().slice(0, 10)
const today = new Date()
const issues = (e: unknown) => Object.fromEntries((e as ZodError).issues.map((i) => [i.path.join('.'), issueKey(i).key]))
const fieldErrors = (p: Promise<unknown>) => p.then(() => null, (e: { fieldErrors?: Record<string, string[]> }) => e.fieldErrors)
const version = async () => (await prisma.cosaVolunteer.findUniqueOrThrow({ where: { id: volunteerId } })).version
const stage = async (toStage: string, note?: string) => changeVolunteerStage(coordinator, { volunteerId, version: await version(), toStage, note })

const enquiry = (extra: Record<string, unknown> = {}) => ({
  firstName: 'Gwenllian',
  lastName: 'Pryce',
  email: 'gwenllian@example.org',
  dateOfBirth: '1970-03-14',
  homeArea: 'Bangor',
  travelRadiusMiles: '25',
  welshSpeaker: 'on',
  skills: 'listening, first aid',
  ...extra,
})

beforeAll(async () => {
  const provider = await prisma.agency.create({ data: { code: `CAIS-${Date.now()}`, name: 'Circles provider', kind: 'THIRD_SECTOR', region: 'NORTH_WALES' } })
  coordinator = await actorOf(await createUser(prisma, { agencyId: provider.id, roles: ['COSA_COORDINATOR'] }))
  otherProvider = await actorOf(await createUser(prisma, { roles: ['COSA_COORDINATOR'] }))
  officer = await actorOf(await createUser(prisma, { roles: ['PROBATION_OFFICER'] }))
})

describe('COSA volunteers', () => {
  it('records one enquirer once, from five tabs at once or again later (break 52 F7)', async () => {
    const llinos = enquiry({ firstName: 'Llinos', lastName: 'Rasbum', email: 'llinos.rasbum@example.org', dateOfBirth: '1981-06-02' })
    const settled = await Promise.allSettled(Array.from({ length: 5 }, () => recordEnquiry(coordinator, llinos)))
    expect(settled.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    for (const r of settled.filter((r) => r.status === 'rejected')) {
      expect(r.reason).toMatchObject({ code: 'VALIDATION', fieldErrors: { _form: ['volunteerAlreadyRecorded'] }, details: { messageNames: { name: 'Llinos Rasbum' } } })
    }
    // Later: the same email in other letters, or the same name and date of birth with another email.
    await expect(recordEnquiry(coordinator, { ...llinos, firstName: 'Lynn', email: 'LLINOS.Rasbum@example.org' })).rejects.toMatchObject({ fieldErrors: { _form: ['volunteerAlreadyRecorded'] } })
    await expect(recordEnquiry(coordinator, { ...llinos, firstName: 'llinos', email: 'l.r@example.org' })).rejects.toMatchObject({ fieldErrors: { _form: ['volunteerAlreadyRecorded'] } })
    expect(await prisma.cosaVolunteer.count({ where: { lastName: 'Rasbum', agencyId: coordinator.agencyId } })).toBe(1)
    // Another person of the same name, or the same person enquiring with another provider, is recorded.
    await recordEnquiry(coordinator, { ...llinos, email: 'llinos.2@example.org', dateOfBirth: '1990-01-01' })
    await recordEnquiry(otherProvider, llinos)
  })

  it('records an enquiry from an adult, explaining bad input and saving nothing', async () => {
    const before = await prisma.cosaVolunteer.count()
    expect(issues(await recordEnquiry(coordinator, enquiry({ dateOfBirth: iso(subYears(today, 17)), email: 'nope', homeArea: '' })).catch((e: unknown) => e))).toEqual({
      dateOfBirth: 'under18',
      email: 'invalidEmail',
      homeArea: 'required',
    })
    await expect(recordEnquiry(officer, enquiry())).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await prisma.cosaVolunteer.count()).toBe(before)
    volunteerId = (await recordEnquiry(coordinator, enquiry())).id
    expect(await prisma.cosaVolunteer.findUniqueOrThrow({ where: { id: volunteerId } })).toMatchObject({ stage: 'ENQUIRY', welshSpeaker: true, skills: ['listening', 'first aid'], travelRadiusMiles: 25 })
    expect(await prisma.auditEvent.count({ where: { action: 'cosa.volunteer.enquiry', subjectId: volunteerId } })).toBe(1)
  })

  it('moves through vetting only with the evidence each gate needs', async () => {
    await stage('APPLICATION')
    await stage('INTERVIEW')
    expect(await fieldErrors(stage('DBS_CHECK'))).toEqual({ toStage: ['stageOrder'] })
    await stage('REFERENCES')
    expect(await fieldErrors(stage('DBS_CHECK'))).toEqual({ toStage: ['referencesNeeded'] })
    await recordReferences(coordinator, { volunteerId, version: await version(), referencesReceived: '2' })
    await stage('DBS_CHECK')
    expect(await fieldErrors(stage('TRAINING'))).toEqual({ toStage: ['dbsNeeded'] })
    expect(issues(await recordDbs(coordinator, { volunteerId, version: await version(), dbsNumber: '1234', dbsIssuedOn: iso(addYears(today, 1)) }).catch((e: unknown) => e))).toEqual({ dbsNumber: 'invalidDbs', dbsIssuedOn: 'notInFuture' })
    const issued = subYears(today, 1)
    await recordDbs(coordinator, { volunteerId, version: await version(), dbsNumber: '001234567890', dbsIssuedOn: iso(issued) })
    expect(iso((await prisma.cosaVolunteer.findUniqueOrThrow({ where: { id: volunteerId } })).dbsExpiresOn!)).toBe(iso(addYears(issued, 3)))
    await stage('TRAINING')
    expect(await fieldErrors(stage('MATCHED'))).toEqual({ toStage: ['trainingNeeded'] })
    await recordTraining(coordinator, { volunteerId, version: await version(), trainingCompletedOn: iso(today), trainingTrainer: 'Circles UK' })
    await stage('MATCHED')
    await stage('ACTIVE')
    expect(issues(await stage('LEFT').catch((e: unknown) => e))).toEqual({ note: 'reasonRequired' })
    expect(await prisma.cosaVolunteerStageChange.count({ where: { volunteerId } })).toBe(8)
  })

  it('refuses a stale change, and hides the volunteer from other providers', async () => {
    const stale = (await version()) - 1
    await expect(changeVolunteerStage(coordinator, { volunteerId, version: stale, toStage: 'PAUSED' })).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(getVolunteer(otherProvider, volunteerId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(changeVolunteerStage(otherProvider, { volunteerId, version: await version(), toStage: 'PAUSED' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await listVolunteers(otherProvider, {})).volunteers.map((v) => v.id)).not.toContain(volunteerId)
  })

  it('flags a DBS expiring within 30 days for the coordinator', async () => {
    await prisma.cosaVolunteer.update({ where: { id: volunteerId }, data: { dbsExpiresOn: new Date(`${iso(addYears(today, 0))}T00:00:00Z`) } })
    const list = await listVolunteers(coordinator, {})
    expect(list.attention.find((v) => v.id === volunteerId)?.alerts).toEqual(['DBS_EXPIRING'])
    expect(list.counts.ACTIVE).toBe(1)
    const one = await getVolunteer(coordinator, volunteerId)
    expect(one.stageChanges[0]).toMatchObject({ toStage: 'ACTIVE' })
    expect(await prisma.auditEvent.count({ where: { action: 'cosa.volunteer.view', subjectId: volunteerId } })).toBe(1)
  })
})

describe('what the rota must respect about a volunteer', () => {
  it('records weekly availability without overlaps, leave that is not already over, and non-associations by CRN', async () => {
    const { addAvailability, addLeave, addNonAssociation, removeAvailability } = await import('../../../src/server/cosa/volunteer-availability')
    const person = await createOffender(prisma)
    expect(issues(await addAvailability(coordinator, { volunteerId, weekday: '8', fromTime: '19:00', toTime: '7pm' }).catch((e: unknown) => e))).toEqual({ weekday: 'chooseOption', toTime: 'invalidTime' })
    expect(issues(await addAvailability(coordinator, { volunteerId, weekday: '2', fromTime: '20:00', toTime: '19:00' }).catch((e: unknown) => e))).toEqual({ toTime: 'timeOrder' })
    await addAvailability(coordinator, { volunteerId, weekday: '2', fromTime: '18:00', toTime: '21:00' })
    expect(await fieldErrors(addAvailability(coordinator, { volunteerId, weekday: '2', fromTime: '20:30', toTime: '22:00' }))).toEqual({ fromTime: ['overlapsSlot'] })
    await addAvailability(coordinator, { volunteerId, weekday: '2', fromTime: '21:00', toTime: '22:00' })
    await expect(addAvailability(otherProvider, { volunteerId, weekday: '3', fromTime: '18:00', toTime: '21:00' })).rejects.toMatchObject({ code: 'NOT_FOUND' })

    expect(issues(await addLeave(coordinator, { volunteerId, fromDate: iso(subYears(today, 1)), toDate: iso(subYears(today, 1)) }).catch((e: unknown) => e))).toEqual({ toDate: 'notInPast' })
    await addLeave(coordinator, { volunteerId, fromDate: iso(today), toDate: iso(addYears(today, 0)), note: 'Holiday' })

    expect(await fieldErrors(addNonAssociation(coordinator, { volunteerId, crn: 'Z999999', reason: 'Knows him' }))).toEqual({ crn: ['crnUnknown'] })
    await addNonAssociation(coordinator, { volunteerId, crn: person.crn, reason: 'Lives on the same street' })
    expect(await fieldErrors(addNonAssociation(coordinator, { volunteerId, crn: person.crn, reason: 'again' }))).toEqual({ crn: ['alreadyRecorded'] })

    const v = await getVolunteer(coordinator, volunteerId)
    expect(v.availability.map((a) => `${a.weekday} ${a.fromTime}-${a.toTime}`)).toEqual(['2 18:00-21:00', '2 21:00-22:00'])
    expect(v.leave).toHaveLength(1)
    expect(v.nonAssociations.map((n) => !n.restricted && n.crn)).toEqual([person.crn])
    // Break 28 D1: a coordinator kept from the person saw their CRN here; now a row with nothing but when it was made.
    const exclusion = await prisma.accessRestriction.create({ data: { offenderId: person.id, kind: 'EXCLUSION', userId: coordinator.userId, reason: 'Knows the family' } })
    const kept = await getVolunteer(coordinator, volunteerId)
    expect(kept.nonAssociations).toEqual([{ restricted: true, createdAt: expect.any(Date) }])
    for (const secret of [person.crn, person.id, 'Lives on the same street']) expect(JSON.stringify(kept.nonAssociations)).not.toContain(secret)
    await prisma.accessRestriction.delete({ where: { id: exclusion.id } })
    await removeAvailability(coordinator, { volunteerId, availabilityId: v.availability[1]!.id })
    expect(await prisma.cosaAvailability.count({ where: { volunteerId } })).toBe(1)
    expect(await prisma.auditEvent.count({ where: { subjectId: volunteerId, action: { startsWith: 'cosa.volunteer.' } } })).toBeGreaterThanOrEqual(18)
  })
})
