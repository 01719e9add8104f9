import { describe, expect, it } from 'vitest'
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
