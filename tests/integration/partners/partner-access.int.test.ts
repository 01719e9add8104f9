import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { getOffender } from '../../../src/server/offenders/get-offender'
import { getPartnerReferral, partnerQueue } from '../../../src/server/partners/partner-queue'
import { addProgressNote, closeReferral, decideReferral } from '../../../src/server/partners/partner-work'
import { referToPartner } from '../../../src/server/partners/refer'
import { createOffender } from '../../factories'
import { buildPartnerWorld, referral, type PartnerWorld } from './partner-world'

// Need to know (domain.md "Who uses Llwybr"; security.md AC-3, AC-4): markers planted in what a partner must never see.
let p: PartnerWorld
let openId: string
let closedId: string
let hiddenId: string
const marker = (what: string) => `${what}-${p.tag}`

beforeAll(async () => {
  p = await buildPartnerWorld()
  await prisma.offender.update({ where: { id: p.people.mine.id }, data: { phone: '07700 900123', addressLine1: '12 Heol y Felin', town: 'Cardiff', postcode: 'CF14 1AA' } })
  await prisma.contact.create({ data: { offenderId: p.people.mine.id, type: 'CASE_NOTE', occurredAt: new Date(), notes: marker('CASE-NOTE-MARKER'), authorId: p.staff.officer.id, authorAgencyId: p.nps.id } })
  await referToPartner(p.actors.officer, referral(p, { serviceId: p.services.housing.id, pathway: 'ACCOMMODATION', needIds: [p.needs.nfa.id], priority: '', reason: marker('OTHER-REFERRAL-MARKER') }))
  openId = (await referToPartner(p.actors.officer, referral(p, { reason: marker('OPEN-REASON') }))).id
  // A second person, referred and then completed by the provider.
  const second = await createOffender(prisma, { firstName: 'Closed', lastName: marker('CLOSEDPERSON'), phone: '07700 900999', responsibleAgencyId: p.nps.id, offenderManagerId: p.staff.officer.id, teamId: p.teamA.id, lduId: p.cardiff.id })
  closedId = (await referToPartner(p.actors.officer, referral(p, { offenderId: second.id, reason: marker('CLOSED-REASON') }))).id
  await decideReferral(p.caseworker, { referralId: closedId, version: 1, decision: 'ACCEPTED' })
  await addProgressNote(p.caseworker, { referralId: closedId, note: 'Seen twice; engaging well.' })
  // Seen at a first appointment, so a "partly achieved" outcome fits (issue 15 item 16).
  await prisma.partnerReferral.update({ where: { id: closedId }, data: { firstAppointmentAt: new Date(Date.now() - 60_000) } })
  await closeReferral(p.caseworker, { referralId: closedId, version: 2, outcome: 'PARTLY_ACHIEVED', outcomeNote: 'Reduced use; moved area.' })
  // A third, on the caseworker's exclusion list (Limited Access Offender).
  const excluded = await createOffender(prisma, { lastName: marker('EXCLUDEDPERSON'), responsibleAgencyId: p.nps.id, offenderManagerId: p.staff.officer.id, teamId: p.teamA.id, lduId: p.cardiff.id })
  hiddenId = (await referToPartner(p.actors.officer, referral(p, { offenderId: excluded.id }))).id
  await prisma.accessRestriction.create({ data: { offenderId: excluded.id, kind: 'EXCLUSION', userId: p.caseworker.userId, reason: 'Relative of the caseworker' } })
})

describe('a partner caseworker’s need to know', () => {
  it('lists only referrals to their own agency’s services, with the person’s contact details while open', async () => {
    const queue = await partnerQueue(p.caseworker)
    expect(queue.incoming.map((r) => r.id)).toEqual([openId])
    expect(queue.working).toEqual([])
    expect(queue.closed.map((r) => r.id)).toEqual([closedId])
    expect(Object.keys(queue.incoming[0]!.offender).sort()).toEqual(['addressLine1', 'addressLine2', 'crn', 'dateOfBirth', 'firstName', 'id', 'lastName', 'noFixedAbode', 'phone', 'postcode', 'town'])
    expect(queue.incoming[0]!.clock).toMatchObject({ stage: 'ASSESSMENT', state: 'ON_TIME', daysLeft: 5 })
    expect(queue.closed[0]).not.toHaveProperty('offender')
    const shown = JSON.stringify(queue)
    for (const hidden of ['CASE-NOTE-MARKER', 'OTHER-REFERRAL-MARKER', 'CLOSEDPERSON', 'EXCLUDEDPERSON', 'OPEN-REASON', 'CLOSED-REASON']) expect(shown).not.toContain(marker(hidden))
    expect(await prisma.auditEvent.count({ where: { action: 'partner.referral.view', actorUserId: p.caseworker.userId, subjectId: { in: [openId, closedId] } } })).toBe(2)
    expect((await partnerQueue(p.otherCaseworker)).incoming.map((r) => r.offender.id)).toEqual([p.people.mine.id])
  })

  it('opens an open referral with the referral as made and every update, but never the record', async () => {
    const r = await getPartnerReferral(p.caseworker, openId)
    expect(r.work).toMatchObject({ reason: marker('OPEN-REASON'), consentToShare: true, person: { phone: '07700 900123', addressLine1: '12 Heol y Felin', postcode: 'CF14 1AA' } })
    expect(r.work!.needs.map((n) => n.label)).toEqual([p.needs.detox.label])
    expect(r.updates.map((u) => [u.kind, u.agency.name])).toEqual([['REFERRED', p.nps.name]])
    const shown = JSON.stringify(r)
    for (const hidden of ['CASE-NOTE-MARKER', 'OTHER-REFERRAL-MARKER']) expect(shown).not.toContain(marker(hidden))
    expect(shown).not.toContain('riskProfile')
    // No record pages at all: the role holds no record grant (issue 15 item 15), refused before any query.
    await expect(getOffender(p.caseworker, p.people.mine.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await prisma.auditEvent.count({ where: { action: 'partner.referral.view', subjectId: openId, actorUserId: p.caseworker.userId } })).toBe(2)
  })

  it('keeps of a closed referral only the outcome and the history their agency wrote', async () => {
    const r = await getPartnerReferral(p.colleague, closedId)
    expect(r).toMatchObject({ status: 'COMPLETED', outcome: 'PARTLY_ACHIEVED', outcomeNote: 'Reduced use; moved area.', work: null })
    expect(r.updates.map((u) => u.kind)).toEqual(['ACCEPTED', 'PROGRESS', 'CLOSED'])
    const shown = JSON.stringify(r)
    for (const hidden of ['CLOSEDPERSON', 'CLOSED-REASON']) expect(shown).not.toContain(marker(hidden))
    expect(shown).not.toContain('07700 900999')
  })

  it('answers not found for other agencies, limited access, the wrong role and bad ids', async () => {
    await expect(getPartnerReferral(p.otherCaseworker, openId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getPartnerReferral(p.caseworker, hiddenId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(decideReferral(p.caseworker, { referralId: hiddenId, version: 1, decision: 'ACCEPTED' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getPartnerReferral(p.caseworker, 'not-an-id')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getPartnerReferral(p.actors.officer, openId)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(partnerQueue(p.actors.officer)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    // The colleague in the same agency still sees the excluded person's referral: the exclusion names one user.
    expect((await partnerQueue(p.colleague)).incoming.map((r) => r.id)).toContain(hiddenId)
  })
})
