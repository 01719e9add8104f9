import { describe, expect, it } from 'vitest'
import { normalisePnc } from './pnc'

const now = new Date('2026-11-30T12:00:00Z')

describe('normalisePnc (issue 15 item 7)', () => {
  it('reads the short forms officers type as the full id', () => {
    for (const typed of ['2024/5497951L', '24/5497951L', '20245497951L', '245497951L', ' 2024/5497951l '])
      expect(normalisePnc(typed, now), typed).toBe('2024/5497951L')
  })

  it('pads a short serial and puts a future two-digit year in the last century', () => {
    expect(normalisePnc('2019/12345A', now)).toBe('2019/0012345A')
    expect(normalisePnc('98/1234567B', now)).toBe('1998/1234567B')
  })

  it('answers null for what is not a PNC id', () => {
    for (const typed of ['W123456', 'Jones', '2024/', '2024/12345678A', '2024123A', '2024/5497951']) expect(normalisePnc(typed, now), typed).toBeNull()
  })
})
