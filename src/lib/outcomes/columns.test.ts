import { describe, expect, it } from 'vitest'
import { formatFigure } from './columns'

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
})
