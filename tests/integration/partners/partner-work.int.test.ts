import { addDays, subDays } from 'date-fns'
import { beforeAll, describe, expect, it } from 'vitest'
import { dateToLondonLocal, todayInLondon } from '../../../src/lib/dates'
import { prisma } from '../../../src/server/db'
import { addProgressNote, closeReferral, decideReferral, recordAssessment, recordFirstAppointment, startCarePlan } from '../../../src/server/partners/partner-work'
import { referToPartner } from '../../../src/server/partners/refer'
import { buildPartnerWorld, iso, issues, referral, type PartnerWorld } from './partner-world'

let p: PartnerWorld
let referralId: string
const version = async () => (await prisma.partnerReferral.findUniqueOrThrow({ where: { id: referralId } })).version
const today = () => todayInLondon()

beforeAll(async () => {
  p = await buildPartnerWorld()
  referralId = (await referToPartner(p.actors.officer, referral(p))).id
})

describe('the caseworker’s work on a referral', () => {
  it('refuses work before the referral is accepted', async () => {
    await expect(recordAssessment(p.caseworker, { referralId, version: 1, assessedOn: today() })).rejects.toMatchObject({ fieldErrors: { _form: ['partnerNotAccepted'] }, details: { stale: true } })
    await expect(addProgressNote(p.caseworker, { referralId, note: 'Called him.' })).rejects.toMatchObject({ fieldErrors: { _form: ['partnerNotAccepted'] }, details: { stale: true } })
  })

  it('is decided by a caseworker of the provider only; a rejection needs a reason', async () => {
    const accept = { referralId, version: 1, decision: 'ACCEPTED' }
    await expect(decideReferral(p.actors.officer, accept)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(decideReferral(p.otherCaseworker, accept)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(issues(await decideReferral(p.caseworker, { ...accept, decision: 'REJECTED', reason: '' }).catch((e: unknown) => e))).toEqual({ reason: 'reasonRequired' })
    expect(issues(await decideReferral(p.caseworker, { ...accept, decision: 'MAYBE' }).catch((e: unknown) => e))).toEqual({ decision: 'chooseOption' })
    await expect(decideReferral(p.caseworker, { ...accept, version: 7 })).rejects.toMatchObject({ code: 'CONFLICT' })
    await decideReferral(p.caseworker, accept)
    expect(await prisma.partnerReferral.findUniqueOrThrow({ where: { id: referralId } })).toMatchObject({ status: 'ACCEPTED', caseworkerId: p.caseworker.userId, decidedById: p.caseworker.userId })
    await expect(decideReferral(p.colleague, { ...accept, version: await version() })).rejects.toMatchObject({ fieldErrors: { _form: ['partnerAlreadyDecided'] }, details: { stale: true } })
  })

  it('records the first appointment, not before the referral', async () => {
    const at = addDays(new Date(), 2)
    expect(issues(await recordFirstAppointment(p.caseworker, { referralId, version: await version(), appointmentAt: 'soon' }).catch((e: unknown) => e))).toEqual({ appointmentAt: 'invalidDateTime' })
    await expect(recordFirstAppointment(p.caseworker, { referralId, version: await version(), appointmentAt: dateToLondonLocal(subDays(new Date(), 3)) })).rejects.toMatchObject({ fieldErrors: { appointmentAt: ['partnerBeforeReferral'] } })
    await recordFirstAppointment(p.colleague, { referralId, version: await version(), appointmentAt: dateToLondonLocal(at) })
    expect((await prisma.partnerReferral.findUniqueOrThrow({ where: { id: referralId } })).firstAppointmentAt?.toISOString().slice(0, 16)).toBe(at.toISOString().slice(0, 16))
  })

  it('records the assessment once, on or after the referral day and not in the future', async () => {
    const input = async (assessedOn: string) => ({ referralId, version: await version(), assessedOn, note: 'Daily use; motivated.' })
    await expect(startCarePlan(p.caseworker, { referralId, version: await version(), carePlan: 'Script', startedOn: today() })).rejects.toMatchObject({ fieldErrors: { _form: ['partnerAssessmentFirst'] } })
    expect(issues(await recordAssessment(p.caseworker, await input(iso(addDays(new Date(), 3)))).catch((e: unknown) => e))).toEqual({ assessedOn: 'notInFuture' })
    expect(issues(await recordAssessment(p.caseworker, await input('2026-02-30')).catch((e: unknown) => e))).toEqual({ assessedOn: 'invalidDate' })
    await expect(recordAssessment(p.caseworker, await input(iso(subDays(new Date(), 5))))).rejects.toMatchObject({ fieldErrors: { assessedOn: ['partnerBeforeReferral'] } })
    await recordAssessment(p.caseworker, await input(today()))
    await expect(recordAssessment(p.caseworker, await input(today()))).rejects.toMatchObject({ fieldErrors: { _form: ['alreadyRecorded'] } })
  })

  it('records the care plan, starting no earlier than the assessment', async () => {
    const input = async (startedOn: string, carePlan = 'Opiate substitution script; weekly key work; mutual aid group.') => ({ referralId, version: await version(), carePlan, startedOn })
    expect(issues(await startCarePlan(p.caseworker, await input(today(), '')).catch((e: unknown) => e))).toEqual({ carePlan: 'required' })
    await expect(startCarePlan(p.caseworker, await input(iso(subDays(new Date(), 1))))).rejects.toMatchObject({ fieldErrors: { startedOn: ['partnerBeforeAssessment'] } })
    await startCarePlan(p.caseworker, await input(today()))
    await expect(startCarePlan(p.caseworker, await input(today()))).rejects.toMatchObject({ fieldErrors: { _form: ['alreadyRecorded'] } })
  })

  it('adds progress notes without a version, and closes with an outcome', async () => {
    expect(issues(await addProgressNote(p.caseworker, { referralId, note: '' }).catch((e: unknown) => e))).toEqual({ note: 'required' })
    await addProgressNote(p.caseworker, { referralId, note: 'Attended both key-work sessions this week.' })
    await expect(addProgressNote(p.otherCaseworker, { referralId, note: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const close = async (over: Record<string, unknown> = {}) => ({ referralId, version: await version(), outcome: 'ACHIEVED', outcomeNote: 'Stable on script; moved to community recovery group.', ...over })
    expect(issues(await closeReferral(p.caseworker, await close({ outcome: 'DONE', outcomeNote: '' })).catch((e: unknown) => e))).toEqual({ outcome: 'chooseOption', outcomeNote: 'required' })
    await expect(closeReferral(p.actors.officer, await close())).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await closeReferral(p.caseworker, await close())
    expect(await prisma.partnerReferral.findUniqueOrThrow({ where: { id: referralId } })).toMatchObject({ status: 'COMPLETED', outcome: 'ACHIEVED' })
    await expect(addProgressNote(p.caseworker, { referralId, note: 'Late note' })).rejects.toMatchObject({ fieldErrors: { _form: ['partnerReferralClosed'] }, details: { stale: true } })
  })

  it('put every step on the person’s timeline as the provider’s partner update, and audited each', async () => {
    const updates = await prisma.partnerReferralUpdate.findMany({ where: { referralId }, orderBy: { createdAt: 'asc' } })
    expect(updates.map((u) => u.kind)).toEqual(['REFERRED', 'ACCEPTED', 'FIRST_APPOINTMENT', 'ASSESSED', 'CARE_PLAN', 'PROGRESS', 'CLOSED'])
    const contacts = await prisma.contact.findMany({ where: { id: { in: updates.map((u) => u.contactId!) } } })
    expect(contacts).toHaveLength(7)
    expect(contacts.every((c) => c.type === 'PARTNER_UPDATE' && c.offenderId === p.people.mine.id)).toBe(true)
    expect(contacts.filter((c) => c.authorAgencyId === p.provider.id)).toHaveLength(6)
    // Each as an event plus values, with only the person's own words as notes (issue 15 item 2).
    const service = { name: p.services.drugs.name, nameCy: null }
    expect(contacts.map((c) => ({ event: c.event, eventValues: c.eventValues, notes: c.notes }))).toEqual(expect.arrayContaining([
      { event: 'partner.ACCEPTED', eventValues: { service, pathway: 'DRUGS_ALCOHOL' }, notes: '' },
      { event: 'partner.PROGRESS', eventValues: { service, pathway: 'DRUGS_ALCOHOL' }, notes: 'Attended both key-work sessions this week.' },
      { event: 'partner.CLOSED', eventValues: { service, pathway: 'DRUGS_ALCOHOL', outcome: 'ACHIEVED' }, notes: 'Stable on script; moved to community recovery group.' },
    ]))
    const actions = (await prisma.auditEvent.findMany({ where: { subjectId: referralId, offenderId: p.people.mine.id }, select: { action: true } })).map((a) => a.action)
    expect(actions).toEqual(expect.arrayContaining(['partner.refer', 'partner.referral.accept', 'partner.referral.appointment', 'partner.referral.assess', 'partner.referral.carePlan', 'partner.referral.progress', 'partner.referral.close']))
  })

  it('rejects with the reason, closing the referral', async () => {
    const second = await referToPartner(p.actors.officer, referral(p, { serviceId: p.services.housing.id, pathway: 'ACCOMMODATION', needIds: [p.needs.nfa.id], priority: '' }))
    await expect(decideReferral(p.caseworker, { referralId: second.id, version: 1, decision: 'REJECTED', reason: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await decideReferral(p.otherCaseworker, { referralId: second.id, version: 1, decision: 'REJECTED', reason: 'Only for people leaving custody this month.' })
    const rejected = await prisma.partnerReferral.findUniqueOrThrow({ where: { id: second.id } })
    expect(rejected).toMatchObject({ status: 'REJECTED', decisionReason: 'Only for people leaving custody this month.', caseworkerId: null })
    expect(rejected.closedAt).not.toBeNull()
    expect(await prisma.auditEvent.count({ where: { action: 'partner.referral.reject', subjectId: second.id } })).toBe(1)
  })
})
