import { describe, expect, it } from 'vitest'
import { afterRecoveryCode, recoveryNoticeShown, wasRecoveryCode } from './recovery-used'

describe('a sign-in with a recovery code', () => {
  it('is told from one with the app’s code by its shape', () => {
    for (const code of ['123456', '123 456', '123-456']) expect(wasRecoveryCode(code), code).toBe(false)
    for (const code of ['ABCDE-23456', 'abcde23456', '1234567']) expect(wasRecoveryCode(code), code).toBe(true)
  })
  it('goes to the two-step page, carrying the page it was for, on this site only', () => {
    expect(afterRecoveryCode('/offenders?q=a')).toBe('/account/two-step?recoveryUsed=1&next=%2Foffenders%3Fq%3Da')
    for (const next of ['https://evil.example/', '//evil.example', undefined]) expect(afterRecoveryCode(next)).toBe('/account/two-step?recoveryUsed=1&next=%2F')
  })
  // Break 72 F7: the address alone made the page say a recovery code had been used.
  it('is said on the two-step page only when the address asks and a code was used in the last 15 minutes', () => {
    const now = new Date('2026-12-08T10:00:00Z')
    const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000)
    expect(recoveryNoticeShown('1', ago(1), now)).toBe(true)
    expect(recoveryNoticeShown('1', ago(15), now)).toBe(true)
    expect(recoveryNoticeShown('1', ago(16), now)).toBe(false)
    expect(recoveryNoticeShown('1', null, now)).toBe(false)
    expect(recoveryNoticeShown(undefined, ago(1), now)).toBe(false)
    expect(recoveryNoticeShown(['1', '1'], ago(1), now)).toBe(false)
  })
})
