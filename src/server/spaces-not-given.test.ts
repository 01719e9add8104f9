import { describe, expect, it } from 'vitest'
import type { ZodType } from 'zod'
import { ZAgencyCreate } from './agencies/agency.schemas'
import { ZRescheduleAppointment } from './appointments/appointment.schemas'
import { ZCreateOffender } from './offenders/create-offender.schemas'
import { isBlankBlock } from './zod-fields'

// Break 58 F2–F5: schemas with a blank helper of their own knew only '', so a value of spaces in an optional field was
// refused as badly formed (a PNC), read as 0 (a length: "Enter 5 or more" under "leave empty for an hour"), stored as
// "" (an agency's Welsh name), or made a court outcome block count as filled. Spaces, tabs and non-breaking spaces
// are not given, as empty is, in every form (zod-fields `blank`).
const spaces = ' \t\u00a0 '
const id = '00000000-0000-4000-8000-000000000001'
const errorsOn = (schema: ZodType, input: Record<string, unknown>, field: string) => {
  const result = schema.safeParse(input)
  return result.success ? [] : result.error.issues.filter((i) => i.path.join('.') === field)
}

describe('an optional field of only spaces', () => {
  it('is not given in a new person’s PNC, a reschedule’s length, an agency’s Welsh name', () => {
    expect(errorsOn(ZCreateOffender, { firstName: 'Gethin', lastName: 'Jones', dateOfBirth: '1990-04-12', sex: 'MALE', pncId: spaces }, 'pncId')).toEqual([])
    expect(errorsOn(ZRescheduleAppointment, { contactId: id, version: '1', occurredAt: '2031-01-11T10:00', durationMinutes: spaces }, 'durationMinutes')).toEqual([])
    expect(ZAgencyCreate.parse({ name: 'Hafan', nameCy: spaces, kind: 'THIRD_SECTOR', region: '', code: 'HAFAN' })).toMatchObject({ nameCy: null, region: null })
  })

  it('leaves a court outcome block of only spaces unfilled', () => {
    expect(isBlankBlock({ description: spaces, category: '', hours: { perDay: ' ' } })).toBe(true)
    expect(isBlankBlock({ description: 'Theft', category: '' })).toBe(false)
  })
})

// Break 59 F2: a zero-width space, a word joiner or a braille blank shows as nothing too, but `blank` knew only
// whitespace, so a PNC of one was "Enter a PNC number like…" under an empty-looking box.
describe('an optional field of only characters that draw nothing', () => {
  it('is not given, as empty is', () => {
    for (const nothing of ['\u200b', '\u2060 ', '\u2800', '\u00a0\u200b']) {
      expect(errorsOn(ZCreateOffender, { firstName: 'Gethin', lastName: 'Jones', dateOfBirth: '1990-04-12', sex: 'MALE', pncId: nothing }, 'pncId'), JSON.stringify(nothing)).toEqual([])
      expect(ZAgencyCreate.parse({ name: 'Hafan', nameCy: nothing, kind: 'THIRD_SECTOR', region: '', code: 'HAFAN' })).toMatchObject({ nameCy: null })
    }
  })
})
