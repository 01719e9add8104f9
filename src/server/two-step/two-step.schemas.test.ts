import { describe, expect, it } from 'vitest'
import { ZTwoStepCode } from './two-step.schemas'

const messages = (code: unknown) => ZTwoStepCode.safeParse({ code }).error?.issues.map((i) => i.message) ?? []

describe('a code typed on the account page (walk 50 F7, walk 51 F7)', () => {
  it('takes 6 digits, with spaces or hyphens as people type them', () => {
    for (const code of ['123456', ' 123 456 ', '123-456']) expect(messages(code), code).toEqual([])
  })

  it('says what a code looks like when it cannot be one, rather than that it is not correct', () => {
    for (const code of ['12ab', '12 3a', '12345', '1234567', 'ABCDE-23456']) expect(messages(code), code).toEqual(['totpCodeFormat'])
    expect(messages('')).toEqual(['totpCodeRequired'])
    expect(messages('9'.repeat(65))).toEqual(['tooLong'])
  })
})
