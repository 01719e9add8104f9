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
    ["O'Brien", 'O\u00B4Brien'],
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
  // Break 49: a name lost its emoji's parts: the selector of "❤️", the joiner of "👩🏽‍⚕️", the tags of Wales's flag.
  it('keeps an emoji whole while taking out what draws nothing around it', () => {
    for (const name of ['Siôn \u2764\uFE0F Llŷr', 'Nia \u{1F469}\u{1F3FD}\u200D\u2695\uFE0F', 'Huw \u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}', 'Tîm 1\uFE0F\u20E3']) {
      expect(personName().parse(name)).toBe(name)
    }
    expect(personName().parse('Nia\u200B \u{1F469}\u200D\u2695\uFE0F\u2060')).toBe('Nia \u{1F469}\u200D\u2695\uFE0F')
  })
  it('stores a braille blank between names as a space, and drops a combining grapheme joiner', () => {
    expect(personName().parse('Bethan\u2800Prosser')).toBe('Bethan Prosser')
    expect(personName().parse('\u2800Gareth\u034F Evans\u2800')).toBe('Gareth Evans')
    expect(attendeeNameKey(' Gareth\u2800\u2800Evans ')).toBe('gareth evans')
  })
})
