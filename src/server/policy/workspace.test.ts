import { describe, expect, it } from 'vitest'
import type { Actor } from './actor'
import { roles } from './permissions'
import { homeFor, navFor } from './workspace'

const actor = (role: (typeof roles)[number]): Actor => ({
  userId: 'u1', sessionId: null, name: 'Test', email: 't@example.org', agencyId: 'a1', agencyKind: 'NPS', teamId: 't1', lduId: 'l1', region: 'SOUTH_WALES', roles: [role], locale: 'en',
})

// Every role's home and navigation, written out (issue 15 item 15): each shows only what the role can use.
const expected = {
  PROBATION_OFFICER: { nav: ['/', '/diary', '/offenders', '/iom'], home: ['mappaWork', 'serviceLevelAlerts', 'caseload'] },
  SENIOR_PROBATION_OFFICER: { nav: ['/', '/diary', '/offenders', '/iom', '/outcomes', '/admin/break-glass'], home: ['transfers', 'countersign', 'mappaWork', 'serviceLevelAlerts', 'caseload'] },
  POLICE_OFFENDER_MANAGER: { nav: ['/', '/offenders', '/iom', '/outcomes'], home: ['mappaWork', 'iomMembers'] },
  MAPPA_COORDINATOR: { nav: ['/', '/offenders', '/mappa', '/mappa/nominals', '/outcomes'], home: ['mappaWork', 'mappaOverview'] },
  COSA_COORDINATOR: { nav: ['/', '/cosa', '/schemes'], home: ['mappaWork', 'cosaWork'] },
  COSA_VOLUNTEER: { nav: ['/'], home: ['mappaWork', 'volunteer'] },
  PARTNER_CASEWORKER: { nav: ['/', '/partner'], home: ['partnerReferrals', 'mappaWork'] },
  STRATEGIC_MANAGER: { nav: ['/', '/outcomes', '/schemes'], home: ['mappaWork', 'statistics'] },
  SYSTEM_ADMINISTRATOR: { nav: ['/', '/admin/services', '/admin/support-needs', '/admin/letters', '/admin/schemes', '/admin/unit-costs', '/admin/ldus', '/admin/users', '/admin/agencies', '/admin/jobs', '/admin/audit'], home: ['admin'] },
  DATA_PROTECTION_LEAD: { nav: ['/', '/admin/break-glass'], home: ['mappaWork', 'breakGlassReview'] },
} as const

describe('navigation and home page per role', () => {
  for (const role of roles) {
    it(`${role}: nav and home sections`, () => {
      expect(navFor(actor(role)).map((n) => n.href)).toEqual(expected[role].nav)
      expect(homeFor(actor(role))).toEqual({ sections: expected[role].home, nothingShared: false })
    })
  }

  it('gives no one a probation caseload but offender managers, and no one a case search whose scope is empty', () => {
    const withCaseload = roles.filter((r) => homeFor(actor(r)).sections.includes('caseload'))
    expect(withCaseload).toEqual(['PROBATION_OFFICER', 'SENIOR_PROBATION_OFFICER'])
    for (const role of ['PARTNER_CASEWORKER', 'COSA_COORDINATOR', 'COSA_VOLUNTEER', 'STRATEGIC_MANAGER', 'SYSTEM_ADMINISTRATOR'] as const) {
      expect(navFor(actor(role)).map((n) => n.href)).not.toContain('/offenders')
    }
  })

  it('says nothing is shared when no section is the actor’s own work', () => {
    expect(homeFor({ ...actor('COSA_VOLUNTEER'), roles: [] })).toEqual({ sections: ['mappaWork'], nothingShared: true })
  })
})
