import { describe, expect, it } from 'vitest'
import { roles } from './permissions'
import { isCaseWorkRole, mixesAdminWithCaseWork } from './role-combinations'

describe('administrator and case-work roles (issue 15 item 18)', () => {
  it('classes every role that reaches a record as case work, and only those', () => {
    expect(roles.filter((r) => !isCaseWorkRole(r))).toEqual(['STRATEGIC_MANAGER', 'SYSTEM_ADMINISTRATOR'])
  })

  it('refuses an administrator who also holds any case-work role', () => {
    for (const role of roles.filter(isCaseWorkRole)) expect(mixesAdminWithCaseWork(['SYSTEM_ADMINISTRATOR', role]), role).toBe(true)
  })

  it('allows an administrator alone or with aggregate figures, and case-work roles together', () => {
    expect(mixesAdminWithCaseWork(['SYSTEM_ADMINISTRATOR'])).toBe(false)
    expect(mixesAdminWithCaseWork(['SYSTEM_ADMINISTRATOR', 'STRATEGIC_MANAGER'])).toBe(false)
    expect(mixesAdminWithCaseWork(['PROBATION_OFFICER', 'MAPPA_COORDINATOR'])).toBe(false)
  })
})
