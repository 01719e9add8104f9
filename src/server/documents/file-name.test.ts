import { describe, expect, it } from 'vitest'
import { fileNameProblem } from './document.schemas'

describe('a file’s name', () => {
  // Review 65 K1: the check for characters that draw nothing (break 64 F2) refused names whose joiners and selectors do
  // their work: a Persian or Urdu name with its non-joiner, a Hindi conjunct, an emoji as a phone names it.
  it('keeps joiners and selectors that draw something', () => {
    for (const name of ['می\u200cخواهم.pdf', 'کتاب\u200cها.docx', 'क्\u200dष.pdf', 'ക്\u200dക.pdf', '\u2764\ufe0f report.pdf', '\u{1F468}\u200d\u{1F469}\u200d\u{1F467} photos.pdf', '\u{1F3F3}\ufe0f\u200d\u{1F308} flag.pdf', '\u{1F44D}\u{1F3FD}\u200d\u2642\ufe0f.pdf', '1\ufe0f\u20e3 first.pdf'])
      expect(fileNameProblem(name), JSON.stringify(name)).toBeNull()
  })

  it('refuses them where they draw nothing: in Latin letters, alone, or after a letter', () => {
    for (const name of ['rep\u200cort.pdf', 'x\u200dy.pdf', '\u200c\u200d.pdf', 'report\ufe0f.pdf', '\ufe0f.pdf', '\u2764\u200d.pdf', 'ی\u200c.pdf', '\u200cی.pdf'])
      expect(fileNameProblem(name), JSON.stringify(name)).toBe('fileNameControlCharacters')
  })
})
