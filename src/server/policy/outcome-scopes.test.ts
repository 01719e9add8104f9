import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Actor } from './actor'
import { outcomeDrillDownScope } from './outcome-scopes'
import { offenderVisible } from './scopes'

const lead = { userId: 'u1', roles: ['SENIOR_PROBATION_OFFICER'], agencyId: 'a1', teamId: 't1', lduId: 'l1', region: 'NORTH_WALES' } as unknown as Actor

// Issue 14 "Rules" (f14b item 7): the drill-down's "no Limited Access person" is a named rule of the policy module.
describe('who an outcome drill-down may list', () => {
  afterEach(() => vi.useRealTimers())
  it('is the people the lead may open, less everyone on a Limited Access list, even a list that names the lead', () => {
    // The read scope holds "now" (break-glass access runs out): both sides are built at one instant.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-01T12:00:00Z') })
    expect(outcomeDrillDownScope(lead)).toEqual({ AND: [offenderVisible(lead), { accessRestrictions: { none: {} } }] })
  })
})
