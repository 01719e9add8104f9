import { describe, expect, it } from 'vitest'
import { prisma } from '../../src/server/db'
import { loadActorForUser, loadSession } from '../../src/server/auth/load-actor'
import { openSession } from '../../src/server/auth/sessions'
import { createAgency, createArea, createTeam, createUser } from '../factories'

// The actor and the two-step requirement come from one query since issue 18 item 2; these are the values the
// earlier reads (session, then user with agency and team's area, then the agency's requirement and the factor) gave.
describe('the actor of a session, in one read', () => {
  it('carries the agency, team, LDU and region, and the two-step requirement', async () => {
    const agency = await createAgency(prisma, { kind: 'POLICE', region: 'NORTH_WALES', requireTwoStep: true })
    const ldu = await createArea(prisma, { agencyId: agency.id, region: 'DYFED_POWYS' })
    const team = await createTeam(prisma, { agencyId: agency.id, areaId: ldu.id })
    const user = await createUser(prisma, { agencyId: agency.id, teamId: team.id, roles: ['POLICE_OFFENDER_MANAGER', 'MAPPA_COORDINATOR'], locale: 'cy', name: 'Gwen Tudur' })
    const sessionId = await openSession(prisma, user.id, {})
    const actor = { userId: user.id, name: 'Gwen Tudur', email: user.email, agencyId: agency.id, agencyKind: 'POLICE', teamId: team.id, lduId: ldu.id, region: 'DYFED_POWYS', roles: ['POLICE_OFFENDER_MANAGER', 'MAPPA_COORDINATOR'], locale: 'cy' }
    expect(await loadSession(prisma, sessionId)).toEqual({ actor: { ...actor, sessionId }, mustEnrol: true, mustGiveCode: false })
    await prisma.twoStepFactor.create({ data: { userId: user.id, secret: 'sealed', confirmedAt: null } })
    expect((await loadSession(prisma, sessionId))?.mustEnrol).toBe(true)
    await prisma.twoStepFactor.update({ where: { userId: user.id }, data: { confirmedAt: new Date() } })
    expect((await loadSession(prisma, sessionId))?.mustEnrol).toBe(false)
    expect(await loadActorForUser(prisma, user.id)).toEqual({ ...actor, sessionId: null })
  })

  it('takes the agency region without a team, needs no second factor unless the agency requires one, and refuses a disabled agency', async () => {
    const agency = await createAgency(prisma, { region: 'GWENT' })
    const user = await createUser(prisma, { agencyId: agency.id })
    const sessionId = await openSession(prisma, user.id, {})
    expect(await loadSession(prisma, sessionId)).toMatchObject({ actor: { teamId: null, lduId: null, region: 'GWENT' }, mustEnrol: false })
    await prisma.agency.update({ where: { id: agency.id }, data: { active: false } })
    expect(await loadSession(prisma, sessionId)).toBeNull()
    expect(await loadSession(prisma, 'not-a-session-id')).toBeNull()
  })

  it('records activity at most once a minute', async () => {
    const user = await createUser(prisma, {})
    const sessionId = await openSession(prisma, user.id, {})
    const seen = async () => (await prisma.userSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt.getTime()
    const opened = await seen()
    await loadSession(prisma, sessionId, new Date(opened + 30_000))
    expect(await seen()).toBe(opened)
    await loadSession(prisma, sessionId, new Date(opened + 90_000))
    expect(await seen()).toBe(opened + 90_000)
  })
})
