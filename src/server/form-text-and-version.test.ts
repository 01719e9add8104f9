import { describe, expect, it } from 'vitest'
import type { ZodType } from 'zod'
import { ZBeginEnding, ZCancelMeeting } from './cosa/circle-life.schemas'
import { ZCircleSetup } from './cosa/circles.schemas'
import { ZRespond } from './cosa/portal'
import { ZUnassignVolunteer } from './cosa/rota.schemas'
import { ZLduRename } from './ldu-mapping/ldu-mapping.schemas'
import { ZAddAttendee } from './mappa/mappa.schemas'
import { ZDeregister } from './risk/risk.schemas'
import { ZUnitCost } from './schemes/unit-cost.schemas'
import { issueKey } from './validation-messages'
import { fieldsWithControlCharacters } from './zod-fields'

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
    expect(keyOf(ZBeginEnding, { circleId: id, version: '1', endingReason: blankText, endingFrom: '2027-01-01' }, 'endingReason')).toEqual(['endingReasonRequired'])
    expect(keyOf(ZCancelMeeting, { meetingId: id, reason: blankText }, 'reason')).toEqual(['reasonRequired'])
    expect(keyOf(ZCircleSetup, { circleId: id, version: '1', venue: blankText }, 'venue')).toEqual(['required'])
    expect(keyOf(ZUnitCost, { category: 'OTHER', version: '1', cost: '', source: blankText, priceYear: '2024' }, 'source')).toEqual(['required'])
    expect(keyOf(ZDeregister, { flagId: id, version: '1', reason: blankText }, 'reason')).toEqual(['required'])
  })

  it('keeps text that has a visible character, trimming only invisible edges', () => {
    expect(ZUnassignVolunteer.parse({ meetingId: id, assignmentId: id, reason: '\u200B Ill \u200B' }).reason).toBe('Ill')
    expect(ZUnassignVolunteer.parse({ meetingId: id, assignmentId: id, reason: 'Dydd\u200BSul' }).reason).toBe('Dydd\u200BSul')
  })
})

// Issue 16 fix16b item 1: a right-to-left mark alone or a Hangul filler alone passed as a MAPPA attendee's name, a
// volunteer's decline reason and a take-off reason, while a zero-width space was refused. Every format character
// (Unicode Cf), every filler and every space is no value; the bidi marks are refused like the other bidi controls.
describe('no visible character is no value, whichever invisible character it is (fix16b item 1)', () => {
  const invisibles = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\u00AD', '\u180E', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064',
    '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u206A', '\u206F', '\uFEFF', '\uFFF9', '\uFFFB',
    '\u00A0', '\u2007', '\u202F', '\u3000', '\u3164', '\u115F', '\u1160', '\uFFA0', '\u2800', '\u{1D173}', '\u{E0001}', '\u{E0020}']
  it.each(invisibles.map((c) => [c.codePointAt(0)!.toString(16).toUpperCase(), c]))('U+%s alone, or among spaces, is refused as required text', (_code, c) => {
    for (const blankText of [c, ` ${c}${c} `]) {
      expect(keyOf(ZUnassignVolunteer, { meetingId: id, assignmentId: id, reason: blankText }, 'reason')).toEqual(['reasonRequired'])
      expect(keyOf(ZCancelMeeting, { meetingId: id, reason: blankText }, 'reason')).toEqual(['reasonRequired'])
      expect(keyOf(ZAddAttendee, { meetingId: id, form: 'named', name: blankText }, 'name')).toEqual(['nameOrAccount'])
      expect(keyOf(ZRespond, { assignmentId: id, response: 'DECLINED', reason: blankText }, 'reason')).toEqual(['reasonRequired'])
    }
  })
  it('the right-to-left and left-to-right marks and the Arabic letter mark are control characters, like the other bidi controls', () => {
    expect(fieldsWithControlCharacters({ a: 'x\u200Fy', b: '\u200E', c: 'y\u061C', d: 'Siân', e: 'x\u3164' })).toEqual(['a', 'b', 'c'])
  })
  it('keeps a Welsh flag at the end of text whole (its tag characters are format characters too)', () => {
    const flag = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}'
    expect(ZUnassignVolunteer.parse({ meetingId: id, assignmentId: id, reason: `Cymru ${flag}` }).reason).toBe(`Cymru ${flag}`)
    expect(ZUnassignVolunteer.parse({ meetingId: id, assignmentId: id, reason: flag }).reason).toBe(flag)
  })
  it('keeps text with a visible character and what is inside it', () => {
    expect(ZUnassignVolunteer.parse({ meetingId: id, assignmentId: id, reason: '\u3164\u00AD Ill \u2800' }).reason).toBe('Ill')
    expect(ZUnassignVolunteer.parse({ meetingId: id, assignmentId: id, reason: 'Ŵyn\u00ADa' }).reason).toBe('Ŵyn\u00ADa')
  })
})

describe('a version beyond the database integer is a field error (item 5)', () => {
  it.each(['2147483648', '99999999999', '99999999999999999999', '-1', '0', '2.5', 'x', '1e0', '0x1', ' 1', '+1', '1.0'])('refuses version %s on several forms, with one message (break 63 F2: "1e0" read as 1)', (big) => {
    expect(keyOf(ZUnitCost, { category: 'OTHER', version: big, cost: '', source: 'Home Office', priceYear: '2024' }, 'version')).toEqual(['formVersionUnreadable'])
    expect(keyOf(ZDeregister, { flagId: id, version: big, reason: 'Ended' }, 'version')).toEqual(['formVersionUnreadable'])
  })
  it('still takes the largest integer the column holds', () => {
    expect(ZDeregister.parse({ flagId: id, version: '2147483647', reason: 'Ended' }).version).toBe(2147483647)
  })
})

// Break 57 F2, F3: an optional text of only spaces was kept as "" (a Welsh LDU name no rename form could name again; a
// Welsh source that counted as a change on every save). Only spaces is not given, as empty is.
describe('an optional text of only spaces', () => {
  it('is not given, as an empty one', () => {
    const rename = ZLduRename.parse({ lduId: id, name: 'Gwent', nameCy: '   ', seenName: 'Gwent', seenNameCy: ' \t ' })
    expect(rename).toMatchObject({ nameCy: null, seenNameCy: null })
    const cost = ZUnitCost.parse({ category: 'OTHER', version: '1', cost: ' ', source: 'Home Office', sourceCy: '  ', priceYear: '2024' })
    expect(cost).toMatchObject({ cost: null, sourceCy: null })
  })
})
