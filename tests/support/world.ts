import { prisma } from '../../src/server/db'
import type { Region, Role } from '../../src/generated/prisma/enums'
import { actorOf } from './actor'
import { fixtureCrn, hexTag, letterTag, nextFixtureNumber } from './unique'

/**
 * A small, self-contained slice of Wales for access tests: two LDUs in different regions, three probation
 * teams, staff in each role, and people placed so every scope rule has a case on each side of it. Every
 * name carries a unique marker so tests can prove a name never leaves the data layer.
 */
export async function buildWorld() {
  const tag = hexTag(await nextFixtureNumber(prisma))
  const code = (s: string) => `${s}-${tag}`.toUpperCase()
  const nps = await prisma.agency.create({ data: { code: code('NPS'), name: `NPS ${tag}`, kind: 'NPS' } })
  const police = await prisma.agency.create({ data: { code: code('POL'), name: `Police ${tag}`, kind: 'POLICE', region: 'SOUTH_WALES' } })
  // COSA circles and most partner services are run by charities (ADR 0030: those roles are not held at the NPS).
  const thirdSector = await prisma.agency.create({ data: { code: code('CHARITY'), name: `Charity ${tag}`, kind: 'THIRD_SECTOR' } })
  const ldu = (name: string, region: Region) => prisma.area.create({ data: { code: code(name), name, region, agencyId: nps.id } })
  const [cardiff, northWales] = [await ldu('CARDIFF', 'SOUTH_WALES'), await ldu('NORTH', 'NORTH_WALES')]
  const team = (name: string, areaId: string) => prisma.team.create({ data: { code: code(name), name, agencyId: nps.id, areaId } })
  const [teamA, teamB, teamNorth] = [await team('TA', cardiff.id), await team('TB', cardiff.id), await team('TN', northWales.id)]

  const user = (name: string, roles: Role[], agencyId = nps.id, teamId: string | null = null) =>
    prisma.user.create({ data: { email: `${name}-${tag}@llwybr.test`, name, roles, agencyId, teamId } })
  const staff = {
    officer: await user('officer', ['PROBATION_OFFICER'], nps.id, teamA.id),
    colleague: await user('colleague', ['PROBATION_OFFICER'], nps.id, teamA.id),
    otherTeamOfficer: await user('other-team', ['PROBATION_OFFICER'], nps.id, teamB.id),
    northOfficer: await user('north', ['PROBATION_OFFICER'], nps.id, teamNorth.id),
    senior: await user('senior', ['SENIOR_PROBATION_OFFICER'], nps.id, teamA.id),
    otherSenior: await user('other-senior', ['SENIOR_PROBATION_OFFICER'], nps.id, teamA.id),
    police: await user('police', ['POLICE_OFFENDER_MANAGER'], police.id),
    mappa: await user('mappa', ['MAPPA_COORDINATOR'], nps.id, teamB.id),
    manager: await user('manager', ['STRATEGIC_MANAGER']),
    admin: await user('admin', ['SYSTEM_ADMINISTRATOR']),
    dataProtectionLead: await user('data-protection-lead', ['DATA_PROTECTION_LEAD']),
    volunteer: await user('volunteer', ['COSA_VOLUNTEER'], thirdSector.id),
  }

  const person = async (label: string, at: { managerId: string; teamId: string; lduId: string }) => {
    // Unique surnames unlike each other: shared prefixes would make the fuzzy search match several people.
    const n = await nextFixtureNumber(prisma)
    const marker = `${label}${letterTag(n)}`
    return prisma.offender.create({
      data: {
        crn: fixtureCrn(n),
        firstName: `${label}`,
        lastName: marker,
        dateOfBirth: new Date('1990-05-01'),
        sex: 'MALE',
        responsibleAgencyId: nps.id,
        offenderManagerId: at.managerId,
        teamId: at.teamId,
        lduId: at.lduId,
        riskProfile: { create: { overallRosh: 'MEDIUM', assessedAt: new Date() } },
      },
    })
  }
  const inTeamA = (managerId: string) => ({ managerId, teamId: teamA.id, lduId: cardiff.id })
  const people = {
    mine: await person('Mine', inTeamA(staff.officer.id)),
    colleagues: await person('Colleagues', inTeamA(staff.colleague.id)),
    otherTeam: await person('OtherTeam', { managerId: staff.otherTeamOfficer.id, teamId: teamB.id, lduId: cardiff.id }),
    north: await person('North', { managerId: staff.northOfficer.id, teamId: teamNorth.id, lduId: northWales.id }),
    excluded: await person('Excluded', inTeamA(staff.colleague.id)),
    restricted: await person('Restricted', inTeamA(staff.colleague.id)),
    mappaCardiff: await person('MappaCardiff', { managerId: staff.otherTeamOfficer.id, teamId: teamB.id, lduId: cardiff.id }),
    mappaNorth: await person('MappaNorth', { managerId: staff.northOfficer.id, teamId: teamNorth.id, lduId: northWales.id }),
  }
  await prisma.accessRestriction.create({ data: { offenderId: people.excluded.id, kind: 'EXCLUSION', userId: staff.officer.id, reason: 'Neighbour of staff' } })
  await prisma.accessRestriction.create({ data: { offenderId: people.restricted.id, kind: 'RESTRICTION', userId: staff.senior.id, reason: 'High-profile case' } })
  for (const p of [people.mappaCardiff, people.mappaNorth]) {
    await prisma.riskFlag.create({ data: { offenderId: p.id, type: 'MAPPA', level: 2, category: 1, registeredAt: new Date('2026-01-01') } })
  }
  const actors = Object.fromEntries(await Promise.all(Object.entries(staff).map(async ([k, u]) => [k, await actorOf(u)] as const))) as Record<
    keyof typeof staff,
    Awaited<ReturnType<typeof actorOf>>
  >
  return { tag, nps, police, thirdSector, cardiff, teamA, teamB, teamNorth, staff, actors, people }
}

export type World = Awaited<ReturnType<typeof buildWorld>>
