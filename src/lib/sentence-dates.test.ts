import { describe, expect, it } from 'vitest'
import { addMonths, daysInclusive, deriveSentenceDates, periodEnd } from './sentence-dates'

describe('calendar arithmetic', () => {
  it('keeps month ends on the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
    expect(addMonths('2026-03-15', 12)).toBe('2027-03-15')
  })
  it('ends a period the day before its anniversary, and counts days inclusively', () => {
    expect(periodEnd('2026-01-05', { months: 12, days: 0 })).toBe('2027-01-04')
    expect(periodEnd('2026-01-05', { months: 0, days: 10 })).toBe('2026-01-14')
    expect(daysInclusive('2026-01-01', '2026-01-03')).toBe(3)
  })
  it('is not moved by the clocks changing (London dates, calendar arithmetic)', () => {
    expect(periodEnd('2026-03-28', { months: 0, days: 2 })).toBe('2026-03-29')
    expect(periodEnd('2026-10-24', { months: 0, days: 3 })).toBe('2026-10-26')
  })
})

describe('deriveSentenceDates', () => {
  it('ends a community order at the end of its length, with no release dates', () => {
    expect(deriveSentenceDates({ type: 'COMMUNITY_ORDER', sentenceDate: '2026-01-05', length: { months: 12, days: 0 } })).toEqual({
      expectedEndDate: '2027-01-04',
      releaseDate: null,
      releaseDateKind: null,
      paroleEligibilityDate: null,
      licenceEndDate: null,
      supervisionEndDate: null,
    })
  })

  it('ends a suspended sentence order with its supervision period, not its custodial term', () => {
    const d = deriveSentenceDates({ type: 'SUSPENDED_SENTENCE_ORDER', sentenceDate: '2026-02-01', length: { months: 18, days: 0 }, custodialTerm: { months: 6, days: 0 } })
    expect(d.expectedEndDate).toBe('2027-07-31')
    expect(d.releaseDate).toBeNull()
  })

  it('releases a standard determinate sentence of 2 years at the halfway point (CJA 2003 s.244), licence to expiry, no PSS', () => {
    const d = deriveSentenceDates({ type: 'CUSTODY', sentenceDate: '2026-01-01', length: { months: 24, days: 0 } })
    // 730 days from 1 Jan 2026 to 31 Dec 2027; half is 365 days later.
    expect(d).toMatchObject({ releaseDate: '2027-01-01', releaseDateKind: 'CRD', licenceEndDate: '2027-12-31', supervisionEndDate: null, paroleEligibilityDate: null })
    expect(d.expectedEndDate).toBe('2027-12-31')
  })

  it('calls the halfway date the ARD under 12 months and adds 12 months of post-sentence supervision (s.256AA)', () => {
    const d = deriveSentenceDates({ type: 'CUSTODY', sentenceDate: '2026-03-01', length: { months: 6, days: 0 } })
    // 1 Mar – 31 Aug 2026 is 184 days; release 92 days after sentence.
    expect(d).toMatchObject({ releaseDate: '2026-06-01', releaseDateKind: 'ARD', licenceEndDate: '2026-08-31', supervisionEndDate: '2027-06-01' })
    expect(d.expectedEndDate).toBe('2027-06-01')
  })

  it('adds PSS to a sentence of 12 months up to 2 years, which is a CRD', () => {
    const d = deriveSentenceDates({ type: 'CUSTODY', sentenceDate: '2026-01-01', length: { months: 18, days: 0 } })
    expect(d.releaseDateKind).toBe('CRD')
    expect(d.supervisionEndDate).toBe(addMonths(d.releaseDate!, 12))
  })

  it('gives no PSS to a sentence of a single day', () => {
    expect(deriveSentenceDates({ type: 'CUSTODY', sentenceDate: '2026-01-01', length: { months: 0, days: 1 } }).supervisionEndDate).toBeNull()
  })

  it('gives an extended sentence a parole eligibility date at two-thirds, release at the end of the term, then the extension on licence (s.246A)', () => {
    const d = deriveSentenceDates({ type: 'CUSTODY', sentenceDate: '2026-01-01', length: { months: 36, days: 0 }, extensionMonths: 48 })
    // 1096 days to 31 Dec 2028; two-thirds is 730 days.
    expect(d).toMatchObject({ paroleEligibilityDate: '2028-01-01', releaseDate: '2028-12-31', licenceEndDate: '2032-12-31', supervisionEndDate: null })
  })
})
