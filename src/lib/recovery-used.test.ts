import { describe, expect, it } from 'vitest'
import { afterRecoveryCode, wasRecoveryCode } from './recovery-used'

describe('a sign-in with a recovery code', () => {
  it('is told from one with the app’s code by its shape', () => {
    for (const code of ['123456', '123 456', '123-456']) expect(wasRecoveryCode(code), code).toBe(false)
    for (const code of ['ABCDE-23456', 'abcde23456', '1234567']) expect(wasRecoveryCode(code), code).toBe(true)
  })
  it('goes to the two-step page, carrying the page it was for, on this site only', () => {
    expect(afterRecoveryCode('/offenders?q=a')).toBe('/account/two-step?recoveryUsed=1&next=%2Foffenders%3Fq%3Da')
    for (const next of ['https://evil.example/', '//evil.example', undefined]) expect(afterRecoveryCode(next)).toBe('/account/two-step?recoveryUsed=1&next=%2F')
  })
})
