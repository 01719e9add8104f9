import { describe, expect, it } from 'vitest'
import { agendaItemFacts } from './agenda-item-facts'

const t = (key: string, values?: Record<string, string | number>) => `${key}${values ? `(${Object.values(values).join(',')})` : ''}`
const day = (d: Date) => d.toISOString().slice(0, 10)
const nominal = { level: 3, category: 1, nextReviewDate: new Date('2026-12-20T00:00:00Z') }

describe('an agenda item’s level, category and review', () => {
  it('gives an open agenda’s nominal their level now, category and review date', () => {
    expect(agendaItemFacts({ restricted: false, managedLevel: 2, nominal }, { closed: false, level: 2 }, t, day))
      .toEqual(['mappa.levelN(3)', 'enums.mappaCategory.1', 'mappa.reviewDue(2026-12-20)'])
  })

  it('gives a closed agenda the level heard at, or the meeting’s, and no review date (walk 67 F5)', () => {
    expect(agendaItemFacts({ restricted: false, managedLevel: 3, nominal }, { closed: true, level: 2 }, t, day)).toEqual(['mappa.levelN(3)', 'enums.mappaCategory.1'])
    expect(agendaItemFacts({ restricted: false, managedLevel: null, nominal }, { closed: true, level: 2 }, t, day)).toEqual(['mappa.levelN(2)', 'enums.mappaCategory.1'])
  })

  it('gives a redacted item no category, and when closed no level rather than the meeting’s (review 68 B2)', () => {
    expect(agendaItemFacts({ restricted: true, nominal }, { closed: false, level: 2 }, t, day)).toEqual(['mappa.levelN(3)', 'mappa.reviewDue(2026-12-20)'])
    expect(agendaItemFacts({ restricted: true, nominal }, { closed: true, level: 2 }, t, day)).toEqual([])
  })

  it('says nothing for an item with no nominal', () => {
    expect(agendaItemFacts({ restricted: false, nominal: null }, { closed: false, level: 2 }, t, day)).toEqual([])
  })
})
