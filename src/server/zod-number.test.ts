import { describe, expect, it } from 'vitest'
import { issueKey } from './validation-messages'
import { wholeNumberIn } from './zod-fields'

// COSA break test item 5: a circle's meeting length of -90 or 1e9 said "Enter a number", and 99999999999999999999
// got two messages. Each out-of-range or not-whole value now gets one message naming the allowed range.
const said = (value: unknown) => (wholeNumberIn(30, 240).safeParse(value).error?.issues ?? []).map(issueKey)

describe('wholeNumberIn', () => {
  it('names the range, once, for a number outside it or not whole', () => {
    for (const v of ['-90', '1e9', '99999999999999999999', '29', '241', '45.5']) {
      expect(said(v), v).toEqual([{ key: 'numberBetween', values: { min: 30, max: 240 } }])
    }
  })

  it('says "Enter a number" only for what is no number, and takes the range itself', () => {
    expect(said('ninety')).toEqual([{ key: 'invalidNumber' }])
    expect(wholeNumberIn(30, 240).parse('30')).toBe(30)
    expect(wholeNumberIn(30, 240).parse(' 240 ')).toBe(240)
  })
})
