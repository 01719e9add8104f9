import { describe, expect, it } from 'vitest'
import { exportCell, formatFigure, formatShown } from './columns'
import { NOT_APPLICABLE, shownCount } from './disclosure'

describe('outcome figures as written', () => {
  it('writes counts, percentages and averages in either language, and withheld figures as [c]', () => {
    expect(formatFigure(1234, 'count', 'en')).toBe('1,234')
    expect(formatFigure(0.375, 'percent', 'en')).toBe('37.5%')
    expect(formatFigure(0.375, 'percent', 'cy')).toBe('37.5%')
    expect(formatFigure(1.5, 'ratio', 'en')).toBe('1.50')
    expect(formatFigure(null, 'percent', 'cy')).toBe('[c]')
    expect(formatFigure(3_000_000, 'money', 'en')).toBe('£30,000')
    expect(formatFigure(416_667, 'money', 'cy')).toBe('£4,167')
  })

  it('writes a rate on a base of 0 as n/a and a withheld one as [c], in the board pack and in downloads', () => {
    expect(formatShown(NOT_APPLICABLE, 'percent', 'en')).toBe('n/a')
    expect(formatShown(NOT_APPLICABLE, 'ratio', 'cy')).toBe('n/a')
    expect(formatShown({ value: null, suppressed: 'base' }, 'percent', 'en')).toBe('[c]')
    expect(formatShown(undefined, 'count', 'en')).toBe('[c]')
    expect(formatShown({ value: 0.5, suppressed: false }, 'percent', 'en')).toBe('50%')
    expect(exportCell(NOT_APPLICABLE)).toBe('n/a')
    expect(exportCell({ value: null, suppressed: 'small' })).toBeNull()
    expect(exportCell(shownCount(0))).toBe(0)
    expect(exportCell({ value: 416_667, suppressed: false }, 100)).toBe(4167)
    expect(exportCell(NOT_APPLICABLE, 100)).toBe('n/a')
  })
})
