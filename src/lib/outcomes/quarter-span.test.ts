import { createTranslator } from 'use-intl/core'
import { describe, expect, it } from 'vitest'
import cyMessages from '../../i18n/messages/cy'
import enMessages from '../../i18n/messages/en'
import { quarterSpan } from './quarters'

// Walk 37 O8d: a table of one quarter was captioned "…by pathway, 2026-Q4 to 2026-Q4", read as a range.
describe('a span of quarters in a caption', () => {
  const en = createTranslator({ locale: 'en', messages: enMessages })
  const cy = createTranslator({ locale: 'cy', messages: cyMessages })

  it('names one quarter once, in English and Welsh', () => {
    expect(en('outcomesMore.pathways.interimCaption', quarterSpan('2026-Q4', '2026-Q4'))).toBe('Interim (a quarter not over, which can still change): needs, referrals and outcomes by pathway, 2026-Q4')
    expect(cy('outcomesMore.pathways.caption', quarterSpan('2026-Q4', '2026-Q4'))).toBe('Anghenion, atgyfeiriadau a chanlyniadau fesul llwybr, 2026-Q4')
    expect(en('outcomes.chartInterim', quarterSpan('2026-Q4', '2026-Q4'))).toBe('The interim quarter, 2026-Q4, is drawn as a separate lighter dashed line.')
    expect(en('outcomes.chartTitle', { series: 'Reoffending rate', ...quarterSpan('2026-Q4', '2026-Q4') })).toBe('Line chart of Reoffending rate by quarter, 2026-Q4. The same figures are in the table below.')
  })

  it('names a range from its first to its last quarter', () => {
    expect(en('outcomesMore.pathways.caption', quarterSpan('2025-Q1', '2026-Q3'))).toBe('Needs, referrals and outcomes by pathway, 2025-Q1 to 2026-Q3')
    expect(cy('outcomesMore.pathways.caption', quarterSpan('2025-Q1', '2026-Q3'))).toBe('Anghenion, atgyfeiriadau a chanlyniadau fesul llwybr, 2025-Q1 i 2026-Q3')
    expect(cy('outcomes.chartInterim', quarterSpan('2026-Q3', '2026-Q4'))).toBe('Mae chwarteri interim, 2026-Q3 i 2026-Q4, wedi’u tynnu fel llinellau toredig goleuach ar wahân.')
  })
})
