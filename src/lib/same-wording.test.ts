import { describe, expect, it } from 'vitest'
import { sameWording } from './same-wording'

describe('the same wording', () => {
  it('ignores letter case, the ends and runs of spaces, and reads nothing as empty (break 56 F3)', () => {
    expect(sameWording('Cardiff office', 'cardiff  OFFICE ')).toBe(true)
    expect(sameWording(null, '')).toBe(true)
    expect(sameWording('SWYDDFA CAERDYDD', 'swyddfa caerdydd')).toBe(true)
  })
  it('keeps accents and words apart', () => {
    expect(sameWording('Tŷ Hywel', 'Ty Hywel')).toBe(false)
    expect(sameWording('Cardiff office', 'Cardiff offices')).toBe(false)
    expect(sameWording(null, 'Cardiff office')).toBe(false)
  })
})
