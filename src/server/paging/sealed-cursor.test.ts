import { afterEach, describe, expect, it } from 'vitest'
import { openCursor, openCursors, sealCursor } from './sealed-cursor'

// Issue 17 defect 6 (ADR 0023): a page link's cursor must not show a restricted person's CRN or id, and a hand-made
// or altered one must not open.
const secret = process.env.NEXTAUTH_SECRET
afterEach(() => {
  process.env.NEXTAUTH_SECRET = secret
})

describe('sealed page cursors', () => {
  it('hides the value and gives it back to the same list only', () => {
    const token = sealCursor('caseload', 'crn:W123456')
    expect(token).not.toContain('W123456')
    expect(Buffer.from(token, 'base64url').toString('latin1')).not.toContain('W123456')
    expect(openCursor('caseload', token)).toBe('crn:W123456')
    expect(openCursor('mappa.register', token)).toBeUndefined()
  })

  it('gives the same token for the same boundary, and different ones for different boundaries', () => {
    expect(sealCursor('caseload', 'crn:W123456')).toBe(sealCursor('caseload', 'crn:W123456'))
    expect(sealCursor('caseload', 'crn:W123456')).not.toBe(sealCursor('caseload', 'crn:W123457'))
  })

  it('opens nothing altered, hand-made or sealed under another secret', () => {
    const token = sealCursor('mappa.tracker', '6f1c1a52-3a8e-4a8b-9a57-0d6f1c1a5230')
    const flipped = `${token.slice(0, 20)}${token[20] === 'A' ? 'B' : 'A'}${token.slice(21)}`
    for (const bad of [flipped, token.slice(0, -4), 'crn:W123456', '6f1c1a52-3a8e-4a8b-9a57-0d6f1c1a5230', '', 42, null, 'x'.repeat(5000)]) {
      expect(openCursor('mappa.tracker', bad)).toBeUndefined()
    }
    process.env.NEXTAUTH_SECRET = 'another secret'
    expect(openCursor('mappa.tracker', token)).toBeUndefined()
    // The keys are kept per secret (issue 18 item 1): the first secret's key is its own again, the other's still not.
    const other = sealCursor('mappa.tracker', 'x')
    process.env.NEXTAUTH_SECRET = secret
    expect(openCursor('mappa.tracker', token)).toBe('6f1c1a52-3a8e-4a8b-9a57-0d6f1c1a5230')
    expect(openCursor('mappa.tracker', other)).toBeUndefined()
  })

  it('opens a query’s after and before, and leaves absent ones absent', () => {
    const after = sealCursor('caseload', 'a')
    expect(openCursors('caseload', { view: 'team', after, before: 'forged' })).toEqual({ view: 'team', after: 'a', before: undefined })
    expect(openCursors('caseload', { view: 'team' })).toEqual({ view: 'team' })
  })
})
