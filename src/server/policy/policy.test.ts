import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Actor } from './actor'
import { can } from './can'
import { permissions, roles, type Permission } from './permissions'
import { recordAuditScope } from './audit-scopes'
import { brokenGlass, laoVisible, nothing, offenderReadScope, offenderWriteScope } from './scopes'

// The matrix as the domain brief states it, written out independently of roleGrants (security.md AC-1).
const Y = true
const _ = false
const expected: Record<(typeof roles)[number], Record<Permission, boolean>> = {
  // columns follow the order of `permissions` in permissions.ts
  PROBATION_OFFICER:        row(Y, Y, Y, Y, _, Y, Y, _, Y, Y, Y, Y, Y, _, Y, Y, _, _, _, _, _, Y, Y, _, _, Y, _, Y, Y, _, _, Y, Y, _, _, Y, _, Y, Y, Y, _, _, _, Y, _, _, _, _, _, _, _),
  SENIOR_PROBATION_OFFICER: row(Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, _, _, _, _, Y, Y, _, _, Y, _, Y, Y, _, _, Y, Y, _, _, Y, Y, Y, Y, Y, _, _, _, Y, Y, Y, _, Y, Y, _, _),
  POLICE_OFFENDER_MANAGER:  row(Y, Y, _, _, _, _, _, _, Y, Y, _, _, _, _, Y, _, _, _, _, _, _, Y, Y, _, _, Y, _, _, _, _, _, Y, Y, Y, _, _, _, _, Y, _, _, _, _, Y, _, _, _, _, Y, _, _),
  MAPPA_COORDINATOR:        row(Y, Y, _, _, _, _, _, _, Y, Y, Y, _, _, _, Y, _, _, _, _, _, _, Y, _, Y, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, Y, _, _, _, _, Y, _, _),
  COSA_COORDINATOR:         row(_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, Y, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, Y, _, _, _, _, _, _, _, _, _, _),
  COSA_VOLUNTEER:           row(_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, Y, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _),
  PARTNER_CASEWORKER:       row(_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, Y, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _),
  STRATEGIC_MANAGER:        row(_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, Y, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, Y, _, _, _, _, _, _, _, _, _, _),
  SYSTEM_ADMINISTRATOR:     row(_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, Y, _, Y, Y, _, _, _, _, _, _, _, _, _, Y, _, _, _, Y, _, _, _, _, _, _, Y, Y, _, _, _, Y, _, _, Y, _),
  DATA_PROTECTION_LEAD:     row(_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, Y, _, _, _, _, _, Y),
}

function row(...cells: boolean[]): Record<Permission, boolean> {
  expect(cells).toHaveLength(permissions.length)
  return Object.fromEntries(permissions.map((p, i) => [p, cells[i]!])) as Record<Permission, boolean>
}

const actor = (overrides: Partial<Actor>): Actor => ({
  userId: 'u1',
  sessionId: null,
  name: 'Test',
  email: 't@example.org',
  agencyId: 'a1',
  agencyKind: 'NPS',
  teamId: 't1',
  lduId: 'l1',
  region: 'SOUTH_WALES',
  roles: [],
  locale: 'en',
  ...overrides,
})

describe('role × permission matrix', () => {
  for (const role of roles) {
    for (const permission of permissions) {
      it(`${role} ${expected[role][permission] ? 'may' : 'may not'} ${permission}`, () => {
        expect(can(actor({ roles: [role] }), permission)).toBe(expected[role][permission])
      })
    }
  }

  it('gives probation enforcement (appointment outcomes, decisions, countersignature) to probation roles only (issue 13)', () => {
    for (const permission of ['appointment.manage', 'enforcement.decide', 'enforcement.countersign'] as const) {
      const holders = roles.filter((role) => can(actor({ roles: [role] }), permission))
      expect(holders.every((role) => role === 'PROBATION_OFFICER' || role === 'SENIOR_PROBATION_OFFICER'), permission).toBe(true)
    }
    expect(can(actor({ roles: ['POLICE_OFFENDER_MANAGER'], agencyKind: 'POLICE' }), 'enforcement.decide')).toBe(false)
  })

  it('refuses everything to nobody', () => {
    for (const permission of permissions) expect(can(null, permission)).toBe(false)
  })
})

describe('record scopes', () => {
  // The break-glass part of a read scope carries the time it was built at (issue 17).
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-12-01T10:00:00Z') }))
  afterEach(() => vi.useRealTimers())

  it('fail closed for roles with no case scope', () => {
    for (const role of ['COSA_VOLUNTEER', 'STRATEGIC_MANAGER', 'SYSTEM_ADMINISTRATOR', 'PARTNER_CASEWORKER'] as const) {
      expect(offenderReadScope(actor({ roles: [role] }))).toEqual(nothing)
    }
  })

  it('fail closed for police with no area', () => {
    const a = actor({ roles: ['POLICE_OFFENDER_MANAGER'], region: null })
    expect(offenderReadScope(a)).toEqual({ OR: [nothing, brokenGlass(a)] })
  })

  it('add running break-glass access to reading only, for the roles that may break glass (issue 17)', () => {
    const a = actor({ roles: ['PROBATION_OFFICER'] })
    expect(brokenGlass(a)).toEqual({ breakGlassAccesses: { some: { userId: 'u1', from: { lte: new Date('2026-12-01T10:00:00Z') }, until: { gt: new Date('2026-12-01T10:00:00Z') } } } })
    expect(offenderWriteScope(a)).not.toHaveProperty('OR.1')
    for (const role of ['PARTNER_CASEWORKER', 'STRATEGIC_MANAGER', 'COSA_COORDINATOR', 'SYSTEM_ADMINISTRATOR'] as const) {
      expect(JSON.stringify(offenderReadScope(actor({ roles: [role] }))), role).not.toContain('breakGlass')
    }
  })

  it('limit an officer to writing their own allocation', () => {
    expect(offenderWriteScope(actor({ roles: ['PROBATION_OFFICER'] }))).toEqual({ OR: [{ offenderManagerId: 'u1' }] })
  })

  it('give an officer read access to team and LDU', () => {
    const a = actor({ roles: ['PROBATION_OFFICER'] })
    expect(offenderReadScope(a)).toEqual({
      OR: [{ OR: [{ OR: [{ offenderManagerId: 'u1' }, { teamId: 't1' }, { lduId: 'l1' }] }] }, brokenGlass(a)],
    })
  })
})

// Issue 15 item 11, docs/decisions/0010-record-audit-visibility.md: who may read "who has looked at this record".
describe('record audit scope', () => {
  it('gives an officer the cases they manage, not their team colleagues\' cases', () => {
    const a = actor({ roles: ['PROBATION_OFFICER'] })
    expect(recordAuditScope(a)).toEqual({ AND: [{ OR: [{ offenderManagerId: 'u1' }] }, laoVisible(a)] })
  })

  it('gives a senior the cases of their own team and their own cases', () => {
    const a = actor({ roles: ['SENIOR_PROBATION_OFFICER'] })
    expect(recordAuditScope(a)).toEqual({ AND: [{ OR: [{ OR: [{ offenderManagerId: 'u1' }, { teamId: 't1' }] }] }, laoVisible(a)] })
  })

  it('gives every other role nothing', () => {
    for (const role of roles.filter((r) => r !== 'PROBATION_OFFICER' && r !== 'SENIOR_PROBATION_OFFICER')) {
      expect(recordAuditScope(actor({ roles: [role] })), role).toEqual(nothing)
    }
  })
})
