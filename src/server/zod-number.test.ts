import { describe, expect, it } from 'vitest'
import { issueKey } from './validation-messages'
import { z } from 'zod'
import { blank } from './zod-fields'
import { decimalText, wholeNumberIn, wholeNumberWithin } from './zod-numbers'

// COSA break test item 5: a circle's meeting length of -90 or 1e9 said "Enter a number", and 99999999999999999999
// got two messages. Each out-of-range or not-whole value now gets one message naming the allowed range.
const said = (value: unknown) => (wholeNumberIn(30, 240).safeParse(value).error?.issues ?? []).map(issueKey)

describe('wholeNumberIn', () => {
  it('names the range, once, for a number outside it or not whole', () => {
    // Break 41 F4: "1e2" was saved as 100 minutes and "0x2" as fortnightly; other notations are not figures to a reader.
    for (const v of ['-90', '1e9', '99999999999999999999', '29', '241', '45.5', '1e2', '0x5A', '0b1011010', '0o132', 'Infinity', '9e1']) {
      expect(said(v), v).toEqual([{ key: 'numberBetween', values: { min: 30, max: 240 } }])
    }
  })

  it('says "Enter a number" only for what is no number, and takes the range itself', () => {
    expect(said('ninety')).toEqual([{ key: 'invalidNumber' }])
    expect(wholeNumberIn(30, 240).parse('30')).toBe(30)
    expect(wholeNumberIn(30, 240).parse(' 240 ')).toBe(240)
  })
})

describe('decimalText', () => {
  const weeks = decimalText(z.coerce.number('chooseOption').int().min(1, 'chooseOption').max(4, 'chooseOption'))
  it('takes plain decimal figures and refuses other notations with the schema\'s own message', () => {
    expect(weeks.parse('2')).toBe(2)
    expect(weeks.parse(' 4 ')).toBe(4)
    expect(weeks.parse('+1')).toBe(1)
    expect(weeks.parse(2)).toBe(2)
    for (const v of ['0x2', '2e0', '0b10', '.2e1', 'Infinity']) expect((weeks.safeParse(v).error?.issues ?? []).map(issueKey), v).toEqual([{ key: 'chooseOption' }])
  })
})

// Break 60 F6: a required whole number left empty, or of spaces, a no-break space or U+3000, was read as 0 and saved.
describe('wholeNumberIn, given nothing visible', () => {
  const references = (value: unknown) => (wholeNumberIn(0, 5).safeParse(value).error?.issues ?? []).map(issueKey)
  it('is no number, never 0, and is not also told the range', () => {
    for (const v of ['', '   ', '\u00a0', '\u3000', '\u200b', '\u2800', null, undefined]) expect(references(v), JSON.stringify(v)).toEqual([{ key: 'invalidNumber' }])
    expect(wholeNumberIn(0, 5).parse('0')).toBe(0)
  })
  it('is absent where the number is optional, and the default where it has one', () => {
    for (const v of ['', '\u3000', '\u200b', undefined]) {
      expect(z.preprocess(blank, wholeNumberIn(0, 200).optional()).parse(v), JSON.stringify(v)).toBeUndefined()
      expect(z.preprocess(blank, wholeNumberIn(15, 480).default(60)).parse(v), JSON.stringify(v)).toBe(60)
    }
  })
})

// Break 65 F4: an appointment of 99999999999999999999 minutes was told "Enter a whole number of 1 or more" and "Enter
// 480 or less" at once, the first wrong. Every ranged whole number (appointment length, unpaid work hours, an
// extension in months, a court outcome's figures, a registration's level and category) says one thing.
describe('the whole numbers of appointments, sentences and registrations', () => {
  const said = (schema: z.ZodType, value: unknown) => (schema.safeParse(value).error?.issues ?? []).map((i) => issueKey(i).key)
  it('say out of range alone, however large, and not whole only within the range', async () => {
    const { ZArrangeAppointment } = await import('./appointments/appointment.schemas')
    const { ZRecordProgress } = await import('./sentences/sentence.schemas')
    const { ZAddRegistration } = await import('./risk/risk.schemas')
    const length = ZArrangeAppointment.shape.durationMinutes
    expect(said(length, '99999999999999999999')).toEqual(['numberTooBig'])
    expect(said(length, '-99999999999999999999')).toEqual(['numberTooSmall'])
    expect(said(length, '45.5')).toEqual(['numberBetween'])
    expect(said(ZRecordProgress.shape.units, '99999999999999999999')).toEqual(['numberTooBig'])
    expect(said(ZAddRegistration.shape.level, '99999999999999999999')).toHaveLength(1)
    // Review 65b B2: an IOM cohort's figures read the same way.
    const { wholeNumber } = await import('./iom/iom-fields')
    expect(said(wholeNumber(1, 60), '99999999999999999999')).toEqual(['numberTooBig'])
    expect(said(wholeNumber(1, 60), 'x')).toEqual(['invalidNumber'])
    expect(said(wholeNumberWithin(1, 24, { tooSmall: 'numberTooSmall', tooBig: 'numberTooBig' }), '2.5')).toEqual(['numberBetween'])
  })
})
