import { addYears, subYears } from 'date-fns'
import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { findAppointmentsFor } from '../../../src/server/appointments/find-appointments'
import { findOffenderAudit } from '../../../src/server/audit/find-offender-audit'
import { getCircle } from '../../../src/server/cosa/circles'
import { addAccessEntry, removeAccessEntry } from '../../../src/server/limited-access/change-access-list'
import { panelLeadOptions } from '../../../src/server/iom/leads'
import type { Actor } from '../../../src/server/policy'
import { createUser } from '../../factories'
import { actorOf } from '../../support/actor'
import { buildWorld, type World } from '../../support/world'
import { fixtureCrn, nextFixtureNumber } from '../../support/unique'

// sec19b (issue 17): every picker of staff for a person leaves out the users excluded from that person, in its query;
// a picker serving several people at once (the IOM panel) offers each lead only for the people they may lead. Whoever
// may not manage the person's lists is never told that someone is excluded. The MAPPA action owner picker is tested
// with its refusal in excluded-assignees.int.test.ts.
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const exclude = (offenderId: string, userId: string) => prisma.accessRestriction.create({ data: { offenderId, kind: 'EXCLUSION', userId, reason: 'Neighbour of staff' } })
const newPerson = async (name: string) =>
  prisma.offender.create({ data: { crn: fixtureCrn(await nextFixtureNumber(prisma)), firstName: name, lastName: `Pk${w.tag}`, dateOfBirth: new Date('1980-01-01'), sex: 'MALE', responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.colleague.id, teamId: w.teamA.id, lduId: w.cardiff.id } })
const ids = (rows: { id: string }[]) => rows.map((r) => r.id)

describe('the circle volunteer picker', () => {
  it('leaves out a volunteer whose Llwybr account is excluded from the core member', async () => {
    const provider = await prisma.agency.create({ data: { code: `PICK-${w.nps.code}`, name: 'Circles Pick', kind: 'THIRD_SECTOR' } })
    const coordinator = await actorOf(await createUser(prisma, { agencyId: provider.id, roles: ['COSA_COORDINATOR'] }))
    const person = await newPerson('Circle')
    const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: provider.id, referredById: w.staff.officer.id, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
    const circle = await prisma.circle.create({ data: { providerAgencyId: provider.id, coreMemberId: person.id, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY' } })
    const volunteer = async (lastName: string, withAccount: boolean) => {
      const account = withAccount ? await createUser(prisma, { agencyId: provider.id, roles: ['COSA_VOLUNTEER'] }) : null
      const v = await prisma.cosaVolunteer.create({
        data: { agencyId: provider.id, userId: account?.id ?? null, firstName: 'Vol', lastName, email: `vol-${lastName}-${w.tag}@example.org`, dateOfBirth: new Date('1970-01-01'), homeArea: 'Cardiff', stage: 'ACTIVE', referencesReceived: 2, dbsExpiresOn: addYears(new Date(), 2), trainingCompletedOn: subYears(new Date(), 1) },
      })
      return { ...v, account }
    }
    const excluded = await volunteer('Excluded', true)
    const withAccount = await volunteer('Account', true)
    const noAccount = await volunteer('NoAccount', false)
    await exclude(person.id, excluded.account!.id)

    const offered = ids((await getCircle(coordinator, circle.id)).candidates)
    expect(offered).toEqual(expect.arrayContaining([withAccount.id, noAccount.id]))
    expect(offered).not.toContain(excluded.id)
  })
})

describe('the IOM selection panel’s lead pickers', () => {
  it('offer a lead excluded from one candidate only for the others, and one excluded from all not at all', async () => {
    const [first, second] = [await newPerson('First'), await newPerson('Second')]
    const everywhere = await createUser(prisma, { roles: ['PROBATION_OFFICER'], agencyId: w.nps.id, teamId: w.teamA.id })
    await exclude(first.id, w.staff.officer.id)
    await exclude(first.id, everywhere.id)
    await exclude(second.id, everywhere.id)
    await exclude(second.id, w.staff.police.id)

    // Decided by another police officer of the force, who may see both candidates (the lead police officer may not).
    const deciding = await actorOf(await createUser(prisma, { roles: ['POLICE_OFFENDER_MANAGER'], agencyId: w.police.id }))
    const { probation, police } = await panelLeadOptions(deciding, [first.id, second.id])
    const lead = (list: typeof probation, id: string) => list.find((u) => u.id === id)
    expect(lead(probation, w.staff.colleague.id)).toEqual({ id: w.staff.colleague.id, name: w.staff.colleague.name })
    expect(lead(probation, w.staff.officer.id)).toEqual({ id: w.staff.officer.id, name: w.staff.officer.name, forCandidates: [second.id] })
    expect(lead(probation, everywhere.id)).toBeUndefined()
    expect(lead(police, w.staff.police.id)).toEqual({ id: w.staff.police.id, name: w.staff.police.name, forCandidates: [first.id] })
    // Nothing in the answer says whom anyone is excluded from, only whom they may lead.
    expect(JSON.stringify({ probation, police })).not.toContain('EXCLUSION')
  })
  it('offer a lead left off one candidate’s restriction list only for the others (review 66b B1: it offered them for all)', async () => {
    const [open, listed] = [await newPerson('Open'), await newPerson('Listed')]
    const restrict = (offenderId: string, userIds: string[]) => prisma.accessRestriction.createMany({ data: userIds.map((userId) => ({ offenderId, kind: 'RESTRICTION' as const, userId, reason: 'High profile' })) })
    await restrict(listed.id, [w.staff.colleague.id, w.staff.senior.id, w.staff.police.id])
    const { probation, police } = await panelLeadOptions(w.actors.police, [open.id, listed.id])
    const lead = (list: typeof probation, id: string) => list.find((u) => u.id === id)
    expect(lead(probation, w.staff.colleague.id)).toEqual({ id: w.staff.colleague.id, name: w.staff.colleague.name })
    expect(lead(probation, w.staff.officer.id)).toEqual({ id: w.staff.officer.id, name: w.staff.officer.name, forCandidates: [open.id] })
    expect(lead(police, w.staff.police.id)).toEqual({ id: w.staff.police.id, name: w.staff.police.name })
    expect((await panelLeadOptions(w.actors.police, [listed.id])).probation.map((u) => u.id)).not.toContain(w.staff.officer.id)
    // Review 67 S2: a candidate the caller may not see has its lists read for no one: nothing is said per candidate.
    const hidden = await newPerson('HiddenCandidate')
    await restrict(hidden.id, [w.staff.colleague.id])
    const asked = await panelLeadOptions(w.actors.police, [hidden.id])
    expect([...asked.probation, ...asked.police].filter((u) => 'forCandidates' in u)).toEqual([])
    expect(lead(asked.probation, w.staff.officer.id)).toEqual({ id: w.staff.officer.id, name: w.staff.officer.name })
  })
})

describe('the appointment’s member of staff picker', () => {
  it('leaves out team staff excluded from the person', async () => {
    const offered = ids((await findAppointmentsFor(w.actors.colleague, w.people.excluded.id))!.staff)
    expect(offered).toEqual(expect.arrayContaining([w.staff.colleague.id, w.staff.senior.id]))
    expect(offered).not.toContain(w.staff.officer.id)
    // The diary's own "whose diary" picker is about no one person: the whole team.
    expect(ids((await findAppointmentsFor(w.actors.colleague, w.people.colleagues.id))!.staff)).toContain(w.staff.officer.id)
  })

  it('on a person with a restriction list, offers only the staff named on it (walk 66 F3: all were offered, most refused)', async () => {
    const person = await newPerson('Restricted')
    await addAccessEntry(w.actors.senior, { offenderId: person.id, kind: 'RESTRICTION', userId: w.staff.otherSenior.id, reason: 'High profile' })
    const listed = (await prisma.accessRestriction.findMany({ where: { offenderId: person.id, kind: 'RESTRICTION' }, select: { userId: true } })).map((r) => r.userId)
    expect(ids((await findAppointmentsFor(w.actors.senior, person.id))!.staff).sort()).toEqual(listed.filter((id) => [w.staff.senior.id, w.staff.otherSenior.id, w.staff.colleague.id].includes(id)).sort())
    expect(ids((await findAppointmentsFor(w.actors.senior, person.id))!.staff)).not.toContain(w.staff.officer.id)
  })
})

describe('the exclusion itself', () => {
  it('is explained on the record’s “who looked” page only to a senior who manages the lists, not to the offender manager', async () => {
    const person = await newPerson('Audit')
    const reason = 'Lives on the same street as the officer'
    await addAccessEntry(w.actors.senior, { offenderId: person.id, kind: 'EXCLUSION', userId: w.staff.officer.id, reason })
    const listEvent = async (actor: Actor) => (await findOffenderAudit(actor, { offenderId: person.id })).events.find((e) => e.action === 'offender.access.add')
    expect(await listEvent(w.actors.senior)).toMatchObject({ reason, listed: { kind: 'EXCLUSION', names: [w.staff.officer.name] } })
    // The offender manager sees that a list changed, and by whom, but not why or whom (which would say who is excluded).
    expect(await listEvent(w.actors.colleague)).toMatchObject({ reason: null, listed: null })
  })

  // Walk 38 O7: the line of a removal gave its reason but not whom it took off the list.
  it('names whom a change put on or took off which list, for the senior who manages the lists', async () => {
    const person = await newPerson('Removal')
    await addAccessEntry(w.actors.senior, { offenderId: person.id, kind: 'EXCLUSION', userId: w.staff.officer.id, reason: 'Neighbour' })
    const entry = await prisma.accessRestriction.findFirstOrThrow({ where: { offenderId: person.id, userId: w.staff.officer.id } })
    await removeAccessEntry(w.actors.senior, { offenderId: person.id, entryId: entry.id, reason: 'Moved away' })
    const events = (await findOffenderAudit(w.actors.senior, { offenderId: person.id })).events
    expect(events.find((e) => e.action === 'offender.access.remove')).toMatchObject({ reason: 'Moved away', listed: { kind: 'EXCLUSION', names: [w.staff.officer.name] } })
    expect(events.filter((e) => !e.action.startsWith('offender.access.')).map((e) => e.listed)).not.toContainEqual(expect.anything())
  })
})
