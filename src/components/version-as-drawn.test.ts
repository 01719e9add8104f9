import { describe, expect, it } from 'vitest'
import { hiddenAsDrawn, versionAsDrawn } from './version-as-drawn'

// Walk 61 F1: without the script, a stale form refused for a wrong answer was drawn again at the version saved
// meanwhile, so its corrected save overwrote the other change without a word.
describe('the version a form is drawn with', () => {
  const refusedAnswers = { ok: false as const, code: 'VALIDATION', values: { version: '3', basedOnVersion: '7', note: '' } }

  it('is the posted one while a refusal of its answers shows, whatever version the page now carries', () => {
    expect(hiddenAsDrawn({ offenderId: 'p1', version: 4 }, refusedAnswers)).toEqual({ offenderId: 'p1', version: '3' })
    expect(hiddenAsDrawn({ basedOnVersion: 8 }, refusedAnswers)).toEqual({ basedOnVersion: '7' })
    expect(versionAsDrawn(refusedAnswers, 'version', 4)).toBe('3')
  })

  // Retest 62 F1: after "This record was changed… reload the page" the form took the new version with the old answers,
  // so the next save overwrote the other change.
  it('is the posted one after a conflict that only says to reload, or any other refusal', () => {
    expect(hiddenAsDrawn({ version: 4 }, { ...refusedAnswers, code: 'CONFLICT' })).toEqual({ version: '3' })
    expect(hiddenAsDrawn({ version: 4 }, { ...refusedAnswers, code: 'NOT_FOUND' })).toEqual({ version: '3' })
  })

  it('is the page’s own with nothing refused, after a conflict whose form shows the saved version, or when the post is unreadable', () => {
    expect(hiddenAsDrawn({ version: 4 }, null)).toEqual({ version: 4 })
    expect(hiddenAsDrawn({ version: 4 }, { ...refusedAnswers, code: 'CONFLICT', details: { current: { notes: 'Saved first' }, shownByForm: true } })).toEqual({ version: 4 })
    expect(hiddenAsDrawn({ version: 4 }, { ...refusedAnswers, values: { version: 'x9' } })).toEqual({ version: 4 })
    expect(hiddenAsDrawn({ version: 4 }, { ...refusedAnswers, values: {} })).toEqual({ version: 4 })
  })

  it('keeps the snapshot an IOM panel form was drawn in, as posted (break 62 F1, review 62 item 2)', () => {
    const refused = { ...refusedAnswers, values: { drawnAs: '740:745:741,743' } }
    expect(hiddenAsDrawn({ cohortId: 'c1', drawnAs: '760:760:' }, refused)).toEqual({ cohortId: 'c1', drawnAs: '740:745:741,743' })
    expect(hiddenAsDrawn({ drawnAs: '760:760:' }, { ...refused, values: { drawnAs: '2026-12-06T17:00:00.000Z' } })).toEqual({ drawnAs: '760:760:' })
  })

  // Review 63: the page kept what only looked like one, which the server then refused on every resend until reload.
  it('keeps only what the server reads as drawn: a snapshot PostgreSQL reads, a version within its integers', () => {
    for (const garbled of ['745:740:', '0:5:', '740:745:744,741', '740:745:750'])
      expect(hiddenAsDrawn({ drawnAs: '760:760:' }, { ...refusedAnswers, values: { drawnAs: garbled } })).toEqual({ drawnAs: '760:760:' })
    expect(hiddenAsDrawn({ version: 4 }, { ...refusedAnswers, values: { version: '2147483648' } })).toEqual({ version: 4 })
    expect(hiddenAsDrawn({ version: 4 }, { ...refusedAnswers, values: { version: '2147483647' } })).toEqual({ version: '2147483647' })
  })

  it('leaves a form without a version field as it is', () => {
    expect(hiddenAsDrawn({ circleId: 'c1', withdraw: 'on' }, refusedAnswers)).toEqual({ circleId: 'c1', withdraw: 'on' })
  })
})
