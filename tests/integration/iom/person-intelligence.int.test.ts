import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { intelligenceAbout, mayAddIntelligence, recordIntelligence } from '../../../src/server/iom/intelligence'
import { changeStatus } from '../../../src/server/iom/member-status'
import { getPersonIom } from '../../../src/server/iom/person-iom'
import { createUser } from '../../factories'
import { actorOf } from '../../support/actor'
import { buildWorld, type World } from '../../support/world'
import { cohort, iso, issues, select, sentence, setOgrs } from './support'

let w: World
let memberId: string
const entry = (offenderId: string, extra: Record<string, unknown> = {}) => ({ offenderId, summary: 'Seen at the retail park with known shoplifters.', grading: 'b2p', recordedOn: iso(-1), ...extra })

beforeAll(async () => {
  w = await buildWorld()
  // A member supervised in another team: the officer reaches them only through the IOM share.
  await sentence(w.people.otherTeam.id)
  await setOgrs(w.people.otherTeam.id, 99)
  memberId = (await select(w, w.actors.police, (await cohort(w)).id, w.people.otherTeam.id)).id
})

describe('a person’s IOM page', () => {
  it('shows memberships with their history and the panel’s decisions, and is audited', async () => {
    const person = await getPersonIom(w.actors.police, w.people.otherTeam.id)
    expect(person.iomMemberships).toHaveLength(1)
    expect(person.iomMemberships[0]).toMatchObject({ id: memberId, rag: 'AMBER', policeLead: { name: w.staff.police.name }, probationLead: { name: w.staff.officer.name } })
    expect(person.iomMemberships[0]!.events).toMatchObject([{ kind: 'SELECTED', by: w.staff.police.name }])
    expect(person.iomDecisions).toMatchObject([{ selected: true, by: w.staff.police.name }])
    expect('policeIntelligence' in person).toBe(false)
    expect(await prisma.auditEvent.count({ where: { action: 'iom.person.view', offenderId: w.people.otherTeam.id, actorUserId: w.staff.police.id } })).toBe(1)
  })

  it('is open to ordinary scope and to current members of the area’s cohorts, and to no one else', async () => {
    // In the officer's team: read scope, though not a member.
    expect((await getPersonIom(w.actors.officer, w.people.mine.id)).iomMemberships).toEqual([])
    // Another team's person, reached through the IOM share; another area's officer, not at all.
    expect((await getPersonIom(w.actors.officer, w.people.otherTeam.id)).iomMemberships).toHaveLength(1)
    await expect(getPersonIom(w.actors.northOfficer, w.people.otherTeam.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getPersonIom(w.actors.officer, w.people.excluded.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getPersonIom(w.actors.police, w.people.mine.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getPersonIom(w.actors.police, 'nonsense')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    for (const actor of [w.actors.mappa, w.actors.admin, w.actors.volunteer]) await expect(getPersonIom(actor, w.people.otherTeam.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})

describe('police intelligence', () => {
  it('is recorded by police on a member, graded, and read back by police only', async () => {
    const { id } = await recordIntelligence(w.actors.police, entry(w.people.otherTeam.id))
    expect(await prisma.policeIntelligence.findUniqueOrThrow({ where: { id } })).toMatchObject({ grading: 'B2P', authorId: w.staff.police.id, authorAgencyId: w.police.id })
    expect(await intelligenceAbout(w.actors.police, w.people.otherTeam.id)).toMatchObject([{ id, summary: 'Seen at the retail park with known shoplifters.', author: { name: w.staff.police.name } }])
    expect(await prisma.auditEvent.count({ where: { action: 'iom.intel.record', subjectId: id } })).toBe(1)
    expect(await prisma.auditEvent.count({ where: { action: 'iom.intel.view', offenderId: w.people.otherTeam.id, actorUserId: w.staff.police.id } })).toBe(1)
  })

  it('is never shown to or recorded by other agencies, whatever their scope', async () => {
    for (const actor of [w.actors.officer, w.actors.senior, w.actors.mappa, w.actors.admin]) {
      await expect(intelligenceAbout(actor, w.people.otherTeam.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
      await expect(recordIntelligence(actor, entry(w.people.otherTeam.id))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
    expect(JSON.stringify(await getPersonIom(w.actors.officer, w.people.otherTeam.id))).not.toContain('retail park')
  })

  it('refuses bad input, and people police cannot reach', async () => {
    const before = await prisma.policeIntelligence.count()
    expect(issues(await recordIntelligence(w.actors.police, entry(w.people.otherTeam.id, { summary: '', grading: 'F6X', recordedOn: iso(1) })).catch((e: unknown) => e))).toEqual({ summary: 'required', grading: 'iomGrading', recordedOn: 'notInFuture' })
    expect(issues(await recordIntelligence(w.actors.police, entry(w.people.otherTeam.id, { grading: 'B2' })).catch((e: unknown) => e))).toEqual({ grading: 'iomGrading' })
    await expect(recordIntelligence(w.actors.police, entry(w.people.mine.id))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(intelligenceAbout(w.actors.police, w.people.mine.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    // Police of another force area do not reach South Wales members.
    const northPolice = await actorOf(await createUser(prisma, { agencyId: (await prisma.agency.create({ data: { code: `NWP-${w.tag}`, name: 'North police', kind: 'POLICE', region: 'NORTH_WALES' } })).id, roles: ['POLICE_OFFENDER_MANAGER'] }))
    await expect(recordIntelligence(northPolice, entry(w.people.otherTeam.id))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await prisma.policeIntelligence.count()).toBe(before)
  })

  it('lets police read, never add to, the intelligence of a person they opened by break-glass (walk 54 F1)', async () => {
    expect(await mayAddIntelligence(w.actors.police, w.people.otherTeam.id)).toBe(true)
    await prisma.breakGlassAccess.create({ data: { userId: w.staff.police.id, offenderId: w.people.mine.id, reason: 'Custody suite called about his address tonight', until: new Date(Date.now() + 3_600_000) } })
    expect(await intelligenceAbout(w.actors.police, w.people.mine.id)).toEqual(expect.any(Array))
    expect(await mayAddIntelligence(w.actors.police, w.people.mine.id)).toBe(false)
    const before = await prisma.policeIntelligence.count()
    await expect(recordIntelligence(w.actors.police, entry(w.people.mine.id))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await prisma.policeIntelligence.count()).toBe(before)
    expect(await mayAddIntelligence(w.actors.officer, w.people.mine.id)).toBe(false)
  })

  it('ends with the membership: after de-selection police no longer reach the person', async () => {
    await changeStatus(w.actors.police, { memberId, version: (await prisma.iomMember.findUniqueOrThrow({ where: { id: memberId } })).version, status: 'DESELECTED', reason: 'Stepped down.' })
    await expect(intelligenceAbout(w.actors.police, w.people.otherTeam.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getPersonIom(w.actors.police, w.people.otherTeam.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
