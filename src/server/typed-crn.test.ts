import { describe, expect, it } from 'vitest'
import { ZAuditSearch } from './audit/find-audit-events'
import { ZBreakGlassTarget } from './break-glass/break-glass.schemas'
import { ZAddNonAssociation } from './cosa/volunteers.schemas'
import { ZAddToAgenda } from './mappa/mappa.schemas'
import { ZMergeOffenders } from './offenders/merge-offenders'

// Walk/break 46: a CRN pasted from a document with a zero-width space or a soft hyphen inside it was refused on the
// agenda's "Add a nominal" box while the same CRN was found by the search (searchText). Every field a CRN is typed
// into takes out what cannot be seen, so what the user sees is what is checked.
const id = '00000000-0000-4000-8000-000000000001'
const pasted = [' w10\u200B9324 ', 'W109\u00AD324', '\uFEFFW109324\u2060', 'W1\u200D09\u200C324', 'W10\u034F9324', 'W109\uFE0F324', 'W1\u316409324']

describe('a CRN typed with invisible characters inside is the CRN it shows', () => {
  it.each(pasted)('%j is W109324 on the agenda, merge, non-association, audit filter and break-glass target', (typed) => {
    expect(ZAddToAgenda.parse({ meetingId: id, version: '1', crn: typed }).crn).toBe('W109324')
    expect(ZMergeOffenders.parse({ keepId: id, mergeCrn: typed, reason: 'Duplicate' }).mergeCrn).toBe('W109324')
    expect(ZAddNonAssociation.parse({ volunteerId: id, version: '1', crn: typed, reason: 'Victim' }).crn).toBe('W109324')
    expect(ZAuditSearch.parse({ crn: typed }).crn).toBe('W109324')
    expect(ZBreakGlassTarget.parse(typed)).toBe('W109324')
  })
  it('still refuses what is no CRN', () => {
    for (const typed of ['W10932', 'W10 9324', '1109324', 'W1093245']) {
      expect(ZAddToAgenda.safeParse({ meetingId: id, version: '1', crn: typed }).success).toBe(false)
      expect(ZAuditSearch.safeParse({ crn: typed }).success).toBe(false)
    }
  })
})
