import { describe, expect, it } from 'vitest'
import { ZSubjectAccessRequest } from './subject-access.schemas'

// Break 48 F2: a right-to-left override at the end of the request's reference was trimmed away unseen and the export
// went ahead; every form refuses control characters, so this one does too.
describe('the subject access request', () => {
  it.each(['SAR-2026-01\u202E', '\u202ESAR-2026-01', 'SAR-2026-01\u2066', 'SAR\u0000-01'])('refuses %j as holding a control character', (reference) => {
    const parsed = ZSubjectAccessRequest.safeParse({ reference, receivedOn: '2026-11-02' })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.map((i) => [i.path[0], i.message])).toContainEqual(['reference', 'controlCharacters'])
  })
  it('takes a plain reference', () => {
    expect(ZSubjectAccessRequest.parse({ reference: ' SAR/2026.01 ', receivedOn: '2026-11-02' })).toEqual({ reference: 'SAR/2026.01', receivedOn: '2026-11-02' })
  })
})
