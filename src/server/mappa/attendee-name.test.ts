import { describe, expect, it } from 'vitest'
import { personName } from '../zod-fields'
import { attendeeNameKey, sameAttendeeName } from './attendee-name'

// Break 48 F4–F5: apostrophe and hyphen shapes the comparison missed made a second attendee; a braille blank between
// two names was deleted and joined them. One list of what draws nothing serves names, searches and CRNs (F3).
describe('attendee names', () => {
  it.each([
    ["O'Brien", 'O\u201BBrien'],
    ["O'Brien", 'O\u02BBBrien'],
    ["O'Brien", 'O\uFF07Brien'],
    ['Jones-Evans', 'Jones\u2011Evans'],
    ['Jones-Evans', 'Jones\u2013Evans'],
    ['Siôn Pugh', 'Sio\u0302n\u00A0Pugh'],
    ['Siôn Pugh', 'Si\u034Fôn Pugh'],
    ['Bethan Prosser', 'Bethan\u2800Prosser'],
  ])('%j and %j are one person', (a, b) => {
    expect(sameAttendeeName(a, b)).toBe(true)
  })
  it('keeps two people apart', () => {
    expect(sameAttendeeName('Bethan Prosser', 'BethanProsser')).toBe(false)
    expect(sameAttendeeName('Jones-Evans', 'Jones Evans')).toBe(false)
  })
  it('stores a braille blank between names as a space, and drops a combining grapheme joiner', () => {
    expect(personName().parse('Bethan\u2800Prosser')).toBe('Bethan Prosser')
    expect(personName().parse('\u2800Gareth\u034F Evans\u2800')).toBe('Gareth Evans')
    expect(attendeeNameKey(' Gareth\u2800\u2800Evans ')).toBe('gareth evans')
  })
})
