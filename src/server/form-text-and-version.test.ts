import { describe, expect, it } from 'vitest'
import type { ZodType } from 'zod'
import { ZBeginEnding, ZCancelMeeting } from './cosa/circle-life.schemas'
import { ZCircleSetup } from './cosa/circles.schemas'
import { ZUnassignVolunteer } from './cosa/rota.schemas'
import { ZDeregister } from './risk/risk.schemas'
import { ZUnitCost } from './schemes/unit-cost.schemas'
import { issueKey } from './validation-messages'

// COSA break test item 6: text of only zero-width spaces, joiners, word joiners or byte-order marks showed as blank yet
// passed "required". Every form's text goes through trimmedText (zod-fields.ts), so each of these refuses it.
const id = '00000000-0000-4000-8000-000000000001'
const keyOf = (schema: ZodType, input: Record<string, unknown>, field: string) => {
  const result = schema.safeParse(input)
  return result.success ? null : result.error.issues.filter((i) => i.path.join('.') === field).map((i) => issueKey(i).key)
}

describe('invisible text is no value (item 6)', () => {
  const invisible = ['\u200B', '\u200C\u200D', '\u2060 \uFEFF', ' \u200B\t\u200B ']
  it.each(invisible)('refuses %j as a removal reason, ending reason, venue, unit-cost source and deregistration reason', (blankText) => {
    expect(keyOf(ZUnassignVolunteer, { meetingId: id, assignmentId: id, reason: blankText }, 'reason')).toEqual(['reasonRequired'])
    expect(keyOf(ZBeginEnding, { circleId: id, version: '1', endingReason: blankText, endingFrom: '2027-01-01' }, 'endingReason')).toEqual(['required'])
    expect(keyOf(ZCancelMeeting, { meetingId: id, reason: blankText }, 'reason')).toEqual(['required'])
    expect(keyOf(ZCircleSetup, { circleId: id, version: '1', venue: blankText }, 'venue')).toEqual(['required'])
    expect(keyOf(ZUnitCost, { category: 'OTHER', version: '1', cost: '', source: blankText, priceYear: '2024' }, 'source')).toEqual(['required'])
    expect(keyOf(ZDeregister, { flagId: id, version: '1', reason: blankText }, 'reason')).toEqual(['required'])
  })

  it('keeps text that has a visible character, trimming only invisible edges', () => {
    expect(ZUnassignVolunteer.parse({ meetingId: id, assignmentId: id, reason: '\u200B Ill \u200B' }).reason).toBe('Ill')
    expect(ZUnassignVolunteer.parse({ meetingId: id, assignmentId: id, reason: 'Dydd\u200BSul' }).reason).toBe('Dydd\u200BSul')
  })
})

describe('a version beyond the database integer is a field error (item 5)', () => {
  it.each(['2147483648', '99999999999'])('refuses version %s on several forms', (big) => {
    expect(keyOf(ZUnitCost, { category: 'OTHER', version: big, cost: '', source: 'Home Office', priceYear: '2024' }, 'version')).toEqual(['numberTooBig'])
    expect(keyOf(ZDeregister, { flagId: id, version: big, reason: 'Ended' }, 'version')).toEqual(['numberTooBig'])
  })
  it('still takes the largest integer the column holds', () => {
    expect(ZDeregister.parse({ flagId: id, version: '2147483647', reason: 'Ended' }).version).toBe(2147483647)
  })
})
