import { describe, expect, it } from 'vitest'
import cy from './messages/cy'
import en from './messages/en'

// Walk 25 O5: a version conflict said "Someone else changed this record" when the same user had saved in another tab
// (the commonest case: two tabs, or the phone and the desk). The app does not tell the two apart, so every message
// about a stale save uses a wording true for both: changed "on another screen or tab, or by someone else".
const conflictMessages = (m: typeof en) => ({
  'errors.CONFLICT': m.errors.CONFLICT,
  'validation.enforcementState': m.validation.enforcementState,
  'contact.conflict': m.contact.conflict,
  'contact.theirVersion': m.contact.theirVersion,
  'risk.planConflict': m.risk.planConflict,
  'risk.theirText': m.risk.theirText,
  'room.conflict': m.room.conflict,
})

describe('stale-save messages never claim another person made the change', () => {
  it.each(Object.entries(conflictMessages(en)))('English %s', (_key, text) => {
    expect(text).not.toMatch(/^(Someone else|Their)\b|\b(made|saved) by someone else|\btheir (changes|text|version)\b/i)
  })
  it.each(Object.entries(conflictMessages(cy as typeof en)))('Welsh %s', (_key, text) => {
    expect(text).not.toMatch(/(Newidiodd|Cadwodd|Mae) rhywun arall|(gadwyd|gwneud) gan rywun arall|\b(eu|Eu) (fersiwn|newidiadau|testun) nhw\b|^Eu fersiwn/)
  })
  it('names both possibilities where the change came from, in English and Welsh', () => {
    for (const text of [en.errors.CONFLICT, en.contact.conflict, en.risk.planConflict, en.room.conflict]) expect(text).toContain('on another screen or tab, or by someone else')
    for (const text of [cy.errors.CONFLICT, cy.contact.conflict, cy.risk.planConflict, cy.room.conflict]) expect(text).toContain('ar sgrin neu dab arall, neu gan rywun arall')
  })
})
