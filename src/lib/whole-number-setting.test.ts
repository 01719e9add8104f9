import { describe, expect, it } from 'vitest'
import { wholeNumberSetting } from './whole-number-setting'

describe('a whole-number setting from the environment', () => {
  const bounds = { min: 1, max: 10 }

  it('takes a whole number within the bounds', () => {
    expect(wholeNumberSetting('4', 3, bounds)).toBe(4)
    expect(wholeNumberSetting(' 10 ', 3, bounds)).toBe(10)
  })

  it('falls back when unset, blank, fractional, not a number or out of bounds (2.5 broke every outcome page)', () => {
    for (const value of [undefined, '', '  ', '2.5', 'ten', '0', '11', '-1', 'Infinity']) expect(wholeNumberSetting(value, 3, bounds)).toBe(3)
  })
})
