import { describe, expect, it } from 'vitest'
import { issueKey } from '../validation-messages'
import { ZBreakGlassOpen } from './break-glass.schemas'

const target = 'W100001'
const messages = (reason: string) => {
  const parsed = ZBreakGlassOpen.safeParse({ target, reason })
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message)
}

describe('a break-glass reason', () => {
  it('needs 20 characters a reader sees, not 20 code units (break 50 F7)', () => {
    expect(messages('a\u0301'.repeat(10) + '\u0301'.repeat(10))).toEqual(['breakGlassReasonShort'])
    expect(messages('Called by custody')).toEqual(['breakGlassReasonShort'])
    expect(messages('Called by custody at 3am')).toEqual([])
    expect(messages('Galwad gan y ddalfa: Siôn')).toEqual([])
    expect(messages('')).toEqual(['breakGlassReasonRequired'])
  })

  it('names its minimum in the message (the CI run of 9c42de92 showed "at least {min} characters")', () => {
    const parsed = ZBreakGlassOpen.safeParse({ target, reason: 'Just checking' })
    expect(parsed.success).toBe(false)
    expect(issueKey(parsed.error!.issues[0]!)).toEqual({ key: 'breakGlassReasonShort', values: { min: 20 } })
  })
})
