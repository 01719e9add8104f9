import { describe, expect, it } from 'vitest'
import { visibleLength } from './visible-length'

describe('visibleLength', () => {
  it('counts what a reader sees: accented letters, emoji and flags once each', () => {
    expect(visibleLength('Called by custody')).toBe(17)
    expect(visibleLength('Siôn')).toBe(4)
    expect(visibleLength('Sio\u0302n')).toBe(4)
    expect(visibleLength('a\u0301'.repeat(10) + '\u0301'.repeat(10))).toBe(10)
    expect(visibleLength('👍🏽🏴󠁧󠁢󠁷󠁬󠁳󠁿')).toBe(2)
    expect(visibleLength('')).toBe(0)
  })
})
