import { describe, expect, it } from 'vitest'
import cy from '../../i18n/messages/cy'
import en from '../../i18n/messages/en'

// Walk 20, D14: the close refused an end time equal to a nominal's "Discussed from" time with "cannot be before",
// which an equal time is not. A MAPPA rule that refuses an equal time too (strictly after: meeting-close.ts) says "must
// be after"; one that accepts an equal time (happened-at.ts, item-writes.ts) may say "cannot be before".
const validation = (catalogue: unknown) => (catalogue as { validation: Record<string, string> }).validation
const strictlyAfter = ['endBeforeStart', 'endBeforeStatement', 'endBeforeDiscussedItem']

describe('MAPPA time-order messages say what an equal time gets', () => {
  it.each(strictlyAfter)('%s, which refuses an equal time, says "must be after" in English and "ar ôl" in Welsh', (key) => {
    expect(validation(en)[key]).toMatch(/^The end time must be after /)
    expect(validation(cy)[key]).toMatch(/^Rhaid i’r amser gorffen fod ar ôl /)
  })

  it('no MAPPA end-time message says "cannot be before"', () => {
    const ends = Object.entries(validation(en)).filter(([key]) => key.startsWith('end'))
    expect(ends.filter(([, text]) => /cannot be before/.test(text))).toEqual([])
    expect(Object.entries(validation(cy)).filter(([key, text]) => key.startsWith('end') && /^Ni all.* cyn /.test(text))).toEqual([])
  })
})
