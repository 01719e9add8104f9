import { describe, expect, it } from 'vitest'
import { AgencyKind, type Role } from '../generated/prisma/enums'
import { roleAgencyKinds, roleFitsAgency, rolesBarredAt, rolesNotFitting } from './role-agencies'

// The table written out by hand (review 65b T1), so an edit to roleAgencyKinds is a deliberate change to this test
// too, not something every table-driven case silently follows. ADR 0030 gives the reasons for each row.
const everyKind = Object.values(AgencyKind)
const expected: Record<Role, AgencyKind[]> = {
  PROBATION_OFFICER: ['NPS', 'CRC'],
  SENIOR_PROBATION_OFFICER: ['NPS', 'CRC'],
  POLICE_OFFENDER_MANAGER: ['POLICE'],
  MAPPA_COORDINATOR: ['POLICE', 'NPS', 'PRISON'],
  COSA_COORDINATOR: ['THIRD_SECTOR'],
  COSA_VOLUNTEER: ['THIRD_SECTOR'],
  PARTNER_CASEWORKER: ['CRC', 'PRISON', 'YOT', 'LOCAL_AUTHORITY', 'HEALTH_BOARD', 'THIRD_SECTOR', 'DWP', 'OTHER'],
  STRATEGIC_MANAGER: everyKind,
  SYSTEM_ADMINISTRATOR: everyKind,
  DATA_PROTECTION_LEAD: everyKind,
}

describe('the agency kinds at which each role may be held (break 65 F8, ADR 0030)', () => {
  it.each(Object.entries(expected) as [Role, AgencyKind[]][])('%s', (role, kinds) => {
    expect([...roleAgencyKinds[role]].sort()).toEqual([...kinds].sort())
    for (const kind of everyKind) expect(roleFitsAgency(role, kind)).toBe(kinds.includes(kind))
  })

  it('covers every role', () => {
    expect(Object.keys(roleAgencyKinds).sort()).toEqual(Object.keys(expected).sort())
  })

  it('names the misfits of a list in order, and the roles barred at a kind', () => {
    expect(rolesNotFitting(['STRATEGIC_MANAGER', 'POLICE_OFFENDER_MANAGER', 'COSA_VOLUNTEER'], 'NPS')).toEqual(['POLICE_OFFENDER_MANAGER', 'COSA_VOLUNTEER'])
    expect(rolesNotFitting(['PROBATION_OFFICER'], 'CRC')).toEqual([])
    expect(rolesBarredAt('POLICE').sort()).toEqual(['COSA_COORDINATOR', 'COSA_VOLUNTEER', 'PARTNER_CASEWORKER', 'PROBATION_OFFICER', 'SENIOR_PROBATION_OFFICER'])
  })
})
