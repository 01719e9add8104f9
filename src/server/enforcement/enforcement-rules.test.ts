import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ZContactCreate, ZContactUpdate } from '../contacts/contact.schemas'
import { issueKey } from '../validation-messages'
import { absenceWindowStart, addMonthsToDay, breachExpectedFor, enforcementOutcomes, freeContactOutcomes, freeContactTypes, isFlowContact } from './enforcement-rules'

const at = (iso: string) => new Date(iso)

describe('which outcomes a free contact may carry (issue 13)', () => {
  it('keeps every outcome with enforcement meaning, and appointments, out of free contacts', () => {
    expect([...enforcementOutcomes].sort()).toEqual(['ACCEPTABLE_ABSENCE', 'BREACH', 'FAILED_TO_ATTEND', 'RECALL', 'WARNING'])
    expect(freeContactOutcomes).toEqual(['ATTENDED'])
    expect(freeContactTypes).not.toContain('APPOINTMENT')
    expect(isFlowContact({ type: 'APPOINTMENT', outcome: null })).toBe(true)
    expect(isFlowContact({ type: 'CASE_NOTE', outcome: 'WARNING' })).toBe(true)
    expect(isFlowContact({ type: 'HOME_VISIT', outcome: 'ATTENDED' })).toBe(false)
  })

  const contact = (extra: Record<string, unknown>) => ({ offenderId: randomUUID(), type: 'HOME_VISIT', occurredAt: '2026-01-05T10:00', notes: 'Visit', idempotencyKey: randomUUID(), ...extra })
  const keys = (r: { success: boolean; error?: { issues: Parameters<typeof issueKey>[0][] } }) => Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), issueKey(i).key]))

  it.each(enforcementOutcomes)('refuses %s on a free contact with a message that says where to record it', (outcome) => {
    expect(keys(ZContactCreate.safeParse(contact({ outcome })))).toEqual({ outcome: 'enforcementOutcomeNotFree' })
  })

  it('refuses a free contact of type appointment, and an outcome smuggled into an edit', () => {
    expect(keys(ZContactCreate.safeParse(contact({ type: 'APPOINTMENT' })))).toEqual({ type: 'appointmentNotFree' })
    expect(keys(ZContactUpdate.safeParse({ contactId: randomUUID(), version: 1, notes: 'x', outcome: 'BREACH' }))).toEqual({ outcome: 'outcomeNotEditable' })
    expect(ZContactCreate.safeParse(contact({ outcome: 'ATTENDED' })).success).toBe(true)
  })
})

describe('the 12-month window, on London dates', () => {
  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(addMonthsToDay('2026-11-30', -12)).toBe('2025-11-30')
    expect(addMonthsToDay('2028-02-29', 12)).toBe('2029-02-28')
    expect(addMonthsToDay('2026-03-31', -1)).toBe('2026-02-28')
  })

  it('starts at London midnight of the same date a year ago (BST and GMT alike)', () => {
    // 00:30 BST on 1 July 2026 is still 30 June in UTC; the window starts at midnight BST on 1 July 2025.
    expect(absenceWindowStart(at('2026-06-30T23:30:00Z')).toISOString()).toBe('2025-06-30T23:00:00.000Z')
    expect(absenceWindowStart(at('2026-12-01T12:00:00Z')).toISOString()).toBe('2025-12-01T00:00:00.000Z')
  })
})

describe('breach is expected after a warning within 12 months (probation practice)', () => {
  const warning = at('2026-03-10T14:00:00Z')
  it('for a second absence up to the same London date 12 months after the warning', () => {
    expect(breachExpectedFor(at('2026-09-01T10:00:00Z'), [warning])).toEqual(warning)
    expect(breachExpectedFor(at('2027-03-10T22:00:00Z'), [warning])).toEqual(warning)
    expect(breachExpectedFor(at('2027-03-11T09:00:00Z'), [warning])).toBeNull()
  })

  it('for an absence before a warning recorded late, within the same 12 months, but not one long before it', () => {
    expect(breachExpectedFor(at('2026-03-01T10:00:00Z'), [warning])).toEqual(warning)
    expect(breachExpectedFor(at('2025-03-09T10:00:00Z'), [warning])).toBeNull()
  })

  it('not without a warning, and names the latest warning when there are several', () => {
    expect(breachExpectedFor(at('2026-09-01T10:00:00Z'), [])).toBeNull()
    const later = at('2026-06-01T09:00:00Z')
    expect(breachExpectedFor(at('2026-09-01T10:00:00Z'), [later, warning])).toEqual(later)
  })
})

describe('decisions that fit the sentence (found walking issue 13: recall offered on a community order)', () => {
  it('offers breach for orders, recall for licences, a warning always, and everything when no sentence is recorded', async () => {
    const { decisionsFitting } = await import('./enforcement-rules')
    expect(decisionsFitting(['COMMUNITY_ORDER'])).toEqual(['WARNING', 'BREACH'])
    expect(decisionsFitting(['SUSPENDED_SENTENCE_ORDER'])).toEqual(['WARNING', 'BREACH'])
    expect(decisionsFitting(['LICENCE'])).toEqual(['WARNING', 'RECALL'])
    expect(decisionsFitting(['CUSTODY', 'POST_SENTENCE_SUPERVISION'])).toEqual(['WARNING', 'BREACH', 'RECALL'])
    expect(decisionsFitting([])).toEqual(['WARNING', 'BREACH', 'RECALL'])
  })
})
