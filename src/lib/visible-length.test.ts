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

  it('counts a run of spaces of any kind once, as it reads (walk 52 F3, break 52 F15)', () => {
    expect(visibleLength('a' + ' '.repeat(19) + 'b')).toBe(3)
    expect(visibleLength('x' + '\u00A0'.repeat(20) + 'y')).toBe(3)
    expect(visibleLength('a\u2003\u2003\t\nb')).toBe(3)
    expect(visibleLength('Called by custody suite')).toBe(23)
  })
})
