import { describe, expect, it } from 'vitest'
import { IntlMessageFormat } from 'intl-messageformat'
import cy from './messages/cy'
import en from './messages/en'

// Re-check of issue 16, D9: a blank "Discussed from" takes the nominal before's time, else the statement's, else the
// meeting's start (discussedFromOrder in src/server/mappa/item-writes.ts); the hint left out the last.
describe('the "Discussed from" hint', () => {
  it('names every fallback of a blank time, in English and Welsh', () => {
    expect(en.mappaChair.discussed.hint).toMatch(/nominal before was discussed, .*statement was read, .*meeting’s start/)
    expect(cy.mappaChair.discussed.hint).toMatch(/trafodwyd yr enwebai blaenorol, .*darllenwyd y datganiad, .*dechrau’r cyfarfod/)
  })
})

// Walk 37 O7: "Add reviews now due" says how many it added and how many stay on another meeting's agenda.
describe('the agenda refresh’s message', () => {
  const say = (locale: 'en' | 'cy', listed: number, elsewhere: number) =>
    new IntlMessageFormat((locale === 'en' ? en : cy).mappa.refreshedCounts, locale).format({ listed, elsewhere }) as string

  it('counts what it added and what stays elsewhere, and says nothing of elsewhere when there is none', () => {
    expect(say('en', 2, 0)).toBe('Agenda brought up to date: 2 reviews added.')
    expect(say('en', 0, 1)).toBe('Agenda brought up to date: no review newly due. 1 more is due but already on the agenda of another meeting whose minutes are not yet approved (coming, or held with its minutes in draft), so it stays there (named below).')
    expect(say('cy', 1, 3)).toBe('Agenda wedi’i diweddaru: 1 adolygiad wedi’i ychwanegu. Mae 3 arall yn ddyledus ond eisoes ar agendâu cyfarfodydd eraill nad yw eu cofnodion wedi’u cymeradwyo eto (i ddod, neu wedi’u cynnal gyda’u cofnodion yn ddrafft), felly maen nhw’n aros yno (wedi’u henwi isod).')
  })
})
