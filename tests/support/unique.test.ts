import { describe, expect, it } from 'vitest'
import { clockNumber, fixtureCrn, hexTag, letterTag } from './unique'

describe('fixture values (issue 12: never random, never the same twice)', () => {
  const first = Array.from({ length: 200_000 }, (_, i) => i + 1)

  it('gives a different tag and surname marker for every number', () => {
    expect(new Set(first.map(hexTag)).size).toBe(first.length)
    expect(new Set(first.map((n) => letterTag(n))).size).toBe(first.length)
    expect(new Set(first.map((n) => letterTag(n, 7))).size).toBe(first.length)
    expect(new Set(first.map(fixtureCrn)).size).toBe(first.length)
  })

  it('makes neighbouring numbers look unlike each other, for the fuzzy name search', () => {
    const [a, b] = [letterTag(41), letterTag(42)]
    const shared = [...a].filter((c, i) => b[i] === c).length
    expect(shared).toBeLessThan(4)
    expect(a.slice(0, 3)).not.toBe(b.slice(0, 3))
  })

  it('keeps the shapes the app expects', () => {
    expect(fixtureCrn(7)).toBe('T000007')
    expect(hexTag(1)).toMatch(/^[0-9a-f]{8}$/)
    expect(letterTag(1)).toMatch(/^[a-z]{8}$/)
  })

  it('never repeats a clock number within a process', () => {
    const numbers = Array.from({ length: 1000 }, clockNumber)
    expect(new Set(numbers).size).toBe(numbers.length)
  })
})
