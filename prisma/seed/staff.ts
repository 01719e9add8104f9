import type { PrismaClient, Role } from '../../src/generated/prisma/client'
import { rolesNotFitting } from '../../src/lib/role-agencies'
import { mixesAdminWithCaseWork } from '../../src/server/policy/role-combinations'
import type { ReferenceData } from './reference-data'

export type SeedTeam = { id: string; agency: 'NPS' | 'CRC'; lduCode: string; officerIds: string[] }

const lduTeams: Record<string, { nps: string[]; crc: string }> = {
  SW1: { nps: ['Cardiff Public Protection Team 1', 'Cardiff Public Protection Team 2'], crc: 'Cardiff and Vale Community Team' },
  SW2: { nps: ['Swansea Public Protection Team'], crc: 'Swansea Valleys Community Team' },
  GW: { nps: ['Newport Public Protection Team'], crc: 'Gwent Community Team' },
  DP: { nps: ['Carmarthen Public Protection Team'], crc: 'Dyfed-Powys Community Team' },
  NW: { nps: ['Caernarfon Public Protection Team'], crc: 'North Wales Community Team' },
}
// Welsh names of the teams, shown to Welsh readers (issue 15: names the system shows are not English-only).
const teamNamesCy: Record<string, string> = {
  'Cardiff Public Protection Team 1': "Tîm Diogelu'r Cyhoedd Caerdydd 1",
  'Cardiff Public Protection Team 2': "Tîm Diogelu'r Cyhoedd Caerdydd 2",
  'Cardiff and Vale Community Team': "Tîm Cymunedol Caerdydd a'r Fro",
  'Swansea Public Protection Team': "Tîm Diogelu'r Cyhoedd Abertawe",
  'Swansea Valleys Community Team': 'Tîm Cymunedol Cymoedd Abertawe',
  'Newport Public Protection Team': "Tîm Diogelu'r Cyhoedd Casnewydd",
  'Gwent Community Team': 'Tîm Cymunedol Gwent',
  'Carmarthen Public Protection Team': "Tîm Diogelu'r Cyhoedd Caerfyrddin",
  'Dyfed-Powys Community Team': 'Tîm Cymunedol Dyfed-Powys',
  'Caernarfon Public Protection Team': "Tîm Diogelu'r Cyhoedd Caernarfon",
  'North Wales Community Team': 'Tîm Cymunedol Gogledd Cymru',
}
const officerNames = ['Elin Parry', 'Mathew Hughes', 'Sara Pritchard', 'Geraint Lloyd', 'Catrin Rees', 'Wyn Jenkins', 'Llinos Owen', 'Paul Evans', 'Nerys Bowen', 'Dewi Morgan', 'Helen Vaughan', 'Rob Thomas', 'Menna Edwards', 'Ianto Price', 'Kate Powell', 'Aron Davies', 'Gwen Harries', 'Tom Rowlands', 'Alis Tudor', 'Simon Watkins', 'Mari Ellis', 'Owen Bevan']

export async function seedStaff(db: PrismaClient, ref: ReferenceData, passwordHash: string) {
  const agency = (code: string) => ref.agencyIds.get(code)!
  const teams: SeedTeam[] = []
  const teamIdByName = new Map<string, string>()
  for (const [lduCode, names] of Object.entries(lduTeams)) {
    const areaId = ref.lduIds.get(lduCode)!
    for (const [kind, name] of [...names.nps.map((n) => ['NPS', n] as const), ['CRC', names.crc] as const]) {
      const code = name.toUpperCase().replace(/[^A-Z0-9]+/g, '-')
      const team = await db.team.create({ data: { code, name, nameCy: teamNamesCy[name] ?? null, agencyId: agency(kind === 'NPS' ? 'NPS-WALES' : 'CRC-WALES'), areaId } })
      teamIdByName.set(name, team.id)
      teams.push({ id: team.id, agency: kind, lduCode, officerIds: [] })
    }
  }
  const user = (email: string, name: string, roles: Role[], agencyCode: string, teamName?: string, locale: 'en' | 'cy' = 'en') => {
    // The same rule as the user screens (issue 15 item 18): demo data never shows an administrator with case data.
    if (mixesAdminWithCaseWork(roles)) throw new Error(`Seed user ${email} mixes System administrator with a case-work role`)
    // Nor a role its agency does not hold (break 65 F8, ADR 0030); the database refuses one too.
    const kind = ref.agencyKinds.get(agencyCode)
    if (!kind) throw new Error(`Seed user ${email} belongs to an unknown agency ${agencyCode}`)
    const misfits = rolesNotFitting(roles, kind)
    if (misfits.length) throw new Error(`Seed user ${email} holds ${misfits.join(', ')}, which ${agencyCode} does not fit`)
    return db.user.create({ data: { email, name, roles, agencyId: agency(agencyCode), teamId: teamName ? teamIdByName.get(teamName) : null, passwordHash, locale } })
  }

  const cardiff1 = 'Cardiff Public Protection Team 1'
  const demo = {
    officer: await user('probation.officer@llwybr.test', 'Rhian Evans', ['PROBATION_OFFICER'], 'NPS-WALES', cardiff1),
    senior: await user('senior.probation@llwybr.test', 'Gareth Williams', ['SENIOR_PROBATION_OFFICER'], 'NPS-WALES', cardiff1),
    police: await user('police@llwybr.test', 'DC Sian Morgan', ['POLICE_OFFENDER_MANAGER'], 'POL-SW'),
    mappa: await user('mappa.chair@llwybr.test', 'Huw Roberts', ['MAPPA_COORDINATOR'], 'NPS-WALES', 'Cardiff Public Protection Team 2'),
    cosaCoordinator: await user('cosa.coordinator@llwybr.test', 'Ffion Hughes', ['COSA_COORDINATOR'], 'CAIS', undefined, 'cy'),
    cosaVolunteer: await user('cosa.volunteer@llwybr.test', 'Alun Griffiths', ['COSA_VOLUNTEER'], 'CAIS', undefined, 'cy'),
    partner: await user('partner@llwybr.test', 'Jade Lewis', ['PARTNER_CASEWORKER'], 'DYFODOL'),
    manager: await user('manager@llwybr.test', 'Nia Thomas', ['STRATEGIC_MANAGER'], 'NPS-WALES'),
    admin: await user('admin@llwybr.test', 'Llwybr Administrator', ['SYSTEM_ADMINISTRATOR'], 'LLWYBR-OPS'),
    // Reviews every break-glass opening (issue 17): who opened whom, when and why.
    dataProtectionLead: await user('data.protection@llwybr.test', 'Mererid Gwynedd', ['DATA_PROTECTION_LEAD'], 'NPS-WALES'),
    // A second senior, in the other Cardiff team, who receives transfers in the demo.
    seniorTeam2: await user('senior.cardiff2@llwybr.test', 'Bethan Prosser', ['SENIOR_PROBATION_OFFICER'], 'NPS-WALES', 'Cardiff Public Protection Team 2'),
  }
  // Two colleagues in the demo officer's team, and two officers in every other team.
  let n = 0
  for (const team of teams) {
    const name = [...teamIdByName].find(([, id]) => id === team.id)![0]
    if (name === cardiff1) team.officerIds.push(demo.officer.id)
    for (let i = 0; i < 2; i++) {
      const officerName = officerNames[n++ % officerNames.length]!
      const email = `${officerName.toLowerCase().replace(/[^a-z]+/g, '.')}.${n}@llwybr.test`
      team.officerIds.push((await user(email, officerName, ['PROBATION_OFFICER'], team.agency === 'NPS' ? 'NPS-WALES' : 'CRC-WALES', name)).id)
    }
  }
  return { teams, demo, cardiff1Id: teamIdByName.get(cardiff1)! }
}
export type Staff = Awaited<ReturnType<typeof seedStaff>>
