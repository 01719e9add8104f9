import { describe, expect, it } from 'vitest'
import { poundsToPence } from './scheme.schemas'

describe('an amount in pounds as typed', () => {
  it('is read as people write it', () => {
    const read = { '30000': 3_000_000, '£30,000': 3_000_000, '£ 45000.50': 4_500_050, ' 1,234,567.8 ': 123_456_780, '9999999.99': 999_999_999, '0.5': 50 }
    for (const [typed, pence] of Object.entries(read)) expect(poundsToPence.parse(typed), typed).toBe(pence)
  })

  it('refuses a misplaced comma or a space inside the figure, not reading another amount (break 57 F6)', () => {
    for (const typed of ['1,2.34', '5 930', '£5 930', '12,34', '1,2345', ',123', '1,234,56', '12.345', '10000000', '£', '1.2.3', '£-5'])
      expect(poundsToPence.safeParse(typed).error?.issues.map((i) => i.message), typed).toEqual(['invalidAmount'])
  })
})
