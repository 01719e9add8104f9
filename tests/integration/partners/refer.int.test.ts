import { beforeAll, describe, expect, it } from 'vitest'
import { todayInLondon } from '../../../src/lib/dates'
import { prisma } from '../../../src/server/db'
import { getPersonReferrals } from '../../../src/server/partners/person-referrals'
import { referToPartner, withdrawReferral } from '../../../src/server/partners/refer'
import { createOffender } from '../../factories'
import { buildPartnerWorld, issues, referral, type PartnerWorld } from './partner-world'

let p: PartnerWorld
const count = (offenderId: string) => prisma.partnerReferral.count({ where: { offenderId } })

beforeAll(async () => {
  p = await buildPartnerWorld()
})

describe('referring a person to a partner service', () => {
  it('records the referral, a partner update on the timeline by the referring agency, and an audit row', async () => {
    const { id } = await referToPartner(p.actors.officer, referral(p))
    const saved = await prisma.partnerReferral.findUniqueOrThrow({ where: { id }, include: { updates: true } })
    expect(saved).toMatchObject({ status: 'SUBMITTED', priority: true, consentToShare: true, pathway: 'DRUGS_ALCOHOL', needIds: [p.needs.detox.id], referredById: p.staff.officer.id })
    expect(saved.updates).toMatchObject([{ kind: 'REFERRED', authorId: p.staff.officer.id, authorAgencyId: p.nps.id }])
    const contact = await prisma.contact.findUniqueOrThrow({ where: { id: saved.updates[0]!.contactId! } })
    expect(contact).toMatchObject({ type: 'PARTNER_UPDATE', offenderId: p.people.mine.id, authorAgencyId: p.nps.id })
    // An event plus values, worded in each reader's language when read (issue 15 item 2); the notes are the reason.
    expect(contact).toMatchObject({ event: 'partner.REFERRED', eventValues: { service: { name: p.services.drugs.name }, pathway: 'DRUGS_ALCOHOL', priority: true } })
    expect(contact.notes).toBe('Daily heroin use since release; wants a script and support.')
    expect(await prisma.auditEvent.count({ where: { action: 'partner.refer', subjectId: id, offenderId: p.people.mine.id, actorUserId: p.staff.officer.id } })).toBe(1)
  })

  it('stores the same event whatever the author’s language, not a sentence in it', async () => {
    const { id } = await referToPartner({ ...p.actors.officer, locale: 'cy' }, referral(p, { serviceId: p.services.housing.id, pathway: 'ACCOMMODATION', needIds: [p.needs.nfa.id], priority: '' }))
    const update = await prisma.partnerReferralUpdate.findFirstOrThrow({ where: { referralId: id } })
    expect(await prisma.contact.findUniqueOrThrow({ where: { id: update.contactId! } })).toMatchObject({ event: 'partner.REFERRED', eventValues: { pathway: 'ACCOMMODATION', priority: false }, notes: 'Daily heroin use since release; wants a script and support.' })
  })

  it('refuses roles that do not refer, and people outside the officer’s own caseload', async () => {
    await expect(referToPartner(p.actors.police, referral(p))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(referToPartner(p.caseworker, referral(p))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(referToPartner(p.actors.admin, referral(p))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    // A colleague's person is readable in the team but not the officer's to refer; the excluded one is not even visible.
    for (const person of [p.people.colleagues, p.people.north, p.people.excluded]) {
      await expect(referToPartner(p.actors.officer, referral(p, { offenderId: person.id }))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
    expect(await count(p.people.colleagues.id)).toBe(0)
  })

  it('refuses without consent or a reason, and other bad input, saving nothing', async () => {
    const before = await count(p.people.mine.id)
    expect(issues(await referToPartner(p.actors.officer, referral(p, { consentToShare: undefined, reason: ' ', pathway: 'FLYING', serviceId: '' })).catch((e: unknown) => e))).toEqual({
      consentToShare: 'partnerConsentRequired',
      reason: 'required',
      pathway: 'chooseOption',
      serviceId: 'chooseOption',
    })
    expect(issues(await referToPartner(p.actors.officer, referral(p, { needIds: ['not-a-uuid'], reason: 'x'.repeat(2001) })).catch((e: unknown) => e))).toEqual({ 'needIds.0': 'invalid', reason: 'tooLong' })
    expect(await count(p.people.mine.id)).toBe(before)
  })

  it('re-checks eligibility and the service’s own rules, whatever the form offered', async () => {
    const refuse = (over: Record<string, unknown>, field: string, key: string) =>
      expect(referToPartner(p.actors.officer, referral(p, over))).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { [field]: [key] } })
    await refuse({ serviceId: p.services.women.id, pathway: 'HEALTH' }, 'serviceId', 'partnerNotEligible') // a man
    await refuse({ serviceId: p.services.north.id }, 'serviceId', 'partnerNotEligible') // not his area
    await refuse({ serviceId: p.services.closed.id }, 'serviceId', 'chooseOption') // deactivated
    await refuse({ serviceId: p.services.young.id, priority: '' }, 'serviceId', 'partnerNotEligible') // under-25s only
    await refuse({ serviceId: p.services.housing.id, pathway: 'ACCOMMODATION', needIds: [p.needs.nfa.id] }, 'priority', 'partnerPriorityNotSubstance')
    await refuse({ pathway: 'ACCOMMODATION' }, 'pathway', 'partnerPathwayNotOffered')
    await refuse({ needIds: [p.needs.nfa.id] }, 'needIds', 'partnerNeedNotOfPathway')
    await refuse({}, 'serviceId', 'partnerAlreadyReferred') // the first test's referral is still open
  })

  it('takes age on today’s London date: the day before an 18th birthday is too young', async () => {
    const [y, m, d] = todayInLondon().split('-').map(Number) as [number, number, number]
    const nearly18 = await createOffender(prisma, { dateOfBirth: new Date(Date.UTC(y - 18, m - 1, d + 1)), responsibleAgencyId: p.nps.id, offenderManagerId: p.staff.officer.id, teamId: p.teamA.id, lduId: p.cardiff.id })
    await expect(referToPartner(p.actors.officer, referral(p, { offenderId: nearly18.id }))).rejects.toMatchObject({ fieldErrors: { serviceId: ['partnerNotEligible'] } })
    const ids = (await getPersonReferrals(p.actors.officer, nearly18.id)).choices!.services.map((s) => s.id)
    expect(ids).toContain(p.services.young.id)
    expect(ids).not.toContain(p.services.drugs.id)
  })
})

describe('withdrawing a referral', () => {
  it('is for the offender manager, with a reason, while the referral is open', async () => {
    const open = await prisma.partnerReferral.findFirstOrThrow({ where: { offenderId: p.people.mine.id, serviceId: p.services.drugs.id, status: 'SUBMITTED' } })
    const input = { referralId: open.id, version: open.version, reason: 'Moved to a residential rehab in Bristol.' }
    await expect(withdrawReferral(p.actors.colleague, input)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(withdrawReferral(p.caseworker, input)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(issues(await withdrawReferral(p.actors.officer, { ...input, reason: '' }).catch((e: unknown) => e))).toEqual({ reason: 'required' })
    await expect(withdrawReferral(p.actors.officer, { ...input, version: open.version + 5 })).rejects.toMatchObject({ code: 'CONFLICT' })
    await withdrawReferral(p.actors.officer, input)
    const withdrawn = await prisma.partnerReferral.findUniqueOrThrow({ where: { id: open.id }, include: { updates: { orderBy: { createdAt: 'asc' } } } })
    expect(withdrawn.status).toBe('WITHDRAWN')
    expect(withdrawn.closedAt).not.toBeNull()
    expect(withdrawn.updates.at(-1)).toMatchObject({ kind: 'WITHDRAWN', note: input.reason, authorAgencyId: p.nps.id })
    expect(await prisma.auditEvent.count({ where: { action: 'partner.referral.withdraw', subjectId: open.id } })).toBe(1)
    await expect(withdrawReferral(p.actors.officer, { ...input, version: withdrawn.version })).rejects.toMatchObject({ fieldErrors: { _form: ['partnerReferralClosed'] }, details: { stale: true } })
  })
})

describe('the person’s referrals page', () => {
  it('shows every referral with its updates and clock to anyone who can see the person, audited', async () => {
    const mine = await getPersonReferrals(p.actors.officer, p.people.mine.id, p.services.drugs.id)
    expect(mine.canRefer).toBe(true)
    expect(mine.referrals.length).toBeGreaterThanOrEqual(2)
    expect(mine.referrals.every((r) => r.updates.every((u) => u.agency.name === p.nps.name))).toBe(true)
    const ids = mine.choices!.services.map((s) => s.id)
    expect(ids).toEqual(expect.arrayContaining([p.services.drugs.id, p.services.housing.id]))
    expect(ids).not.toContain(p.services.young.id) // under-25s only
    expect(ids).not.toEqual(expect.arrayContaining([p.services.women.id]))
    expect(ids).not.toContain(p.services.north.id)
    expect(ids).not.toContain(p.services.closed.id)
    expect(mine.choices!.chosen).toMatchObject({ id: p.services.drugs.id, pathways: ['DRUGS_ALCOHOL', 'HEALTH'] })
    expect(mine.choices!.chosen!.needs.map((n) => n.id)).toEqual(expect.arrayContaining([p.needs.detox.id, p.needs.alcohol.id]))
    // A team colleague reads the referrals but cannot refer.
    const colleague = await getPersonReferrals(p.actors.colleague, p.people.mine.id)
    expect(colleague).toMatchObject({ canRefer: false, choices: null })
    expect(await prisma.auditEvent.count({ where: { action: 'partner.referrals.view', offenderId: p.people.mine.id, actorUserId: p.staff.colleague.id } })).toBe(1)
  })

  it('is not found out of scope, for limited access, for partners and for a bad id', async () => {
    await expect(getPersonReferrals(p.actors.officer, p.people.excluded.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getPersonReferrals(p.actors.northOfficer, p.people.mine.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getPersonReferrals(p.caseworker, p.people.mine.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(getPersonReferrals(p.actors.officer, 'nope')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getPersonReferrals(p.actors.admin, p.people.mine.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})
