import { describe, expect, it } from 'vitest'
import { interimSeriesId } from './interim'
import { quarterLabelAngle, quarterTicks, trendLineStyle } from './trend-style'

const series = [
  { id: 'rate', label: 'Reoffending rate' },
  { id: 'serious', label: 'Serious reoffending rate' },
  { id: interimSeriesId('rate'), label: 'Reoffending rate (interim quarters)', interim: true },
  { id: interimSeriesId('serious'), label: 'Serious reoffending rate (interim quarters)', interim: true },
]
const drawn = (id: string) => {
  const s = trendLineStyle(series, id)
  return `${s.dash ?? 'solid'} ${s.opacity} ${s.openMarker}`
}

describe('trend chart line styles (re-check of issue 14, D6)', () => {
  it('draws an interim line in its measure’s colour but visibly unlike every final line', () => {
    for (const m of ['rate', 'serious']) {
      const final = trendLineStyle(series, m)
      const interim = trendLineStyle(series, interimSeriesId(m))
      expect(interim.stroke).toBe(final.stroke)
      expect(interim.opacity).toBeLessThan(final.opacity)
      expect(interim.openMarker).toBe(true)
    }
    const finals = ['rate', 'serious'].map(drawn)
    for (const m of ['rate', 'serious']) expect(finals).not.toContain(drawn(interimSeriesId(m)))
    // Two measures' interim lines differ by more than colour too (WCAG 1.4.1).
    expect(trendLineStyle(series, interimSeriesId('rate')).dash).not.toBe(trendLineStyle(series, interimSeriesId('serious')).dash)
  })

  it('gives the measures different dash patterns', () => {
    expect(trendLineStyle(series, 'rate').dash).not.toBe(trendLineStyle(series, 'serious').dash)
  })

  it('labels every quarter on the axis', () => {
    const points = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'].map((quarter) => ({ quarter }))
    expect(quarterTicks(points)).toEqual(points.map((p) => p.quarter))
  })
})

// Walk 35 (issue 14): at 320–414 px the eight quarters' level labels overlapped.
describe('quarterLabelAngle', () => {
  it('keeps eight quarters level on a desktop, slants sixteen, and turns eight slanted or upright on a phone', () => {
    expect(quarterLabelAngle(640, 8)).toEqual({ angle: 0, height: 30 })
    expect(quarterLabelAngle(null, 8)).toEqual({ angle: 0, height: 30 })
    expect(quarterLabelAngle(640, 16).angle).toBe(-35)
    expect(quarterLabelAngle(375, 8).angle).toBe(-35)
    expect(quarterLabelAngle(320, 8).angle).toBe(-90)
    expect(quarterLabelAngle(320, 16).angle).toBe(-90)
  })
})
