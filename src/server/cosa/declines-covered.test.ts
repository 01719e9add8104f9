import { describe, expect, it } from 'vitest'
import { declinesUncovered } from './declines-covered'

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 9, minute))
const names = new Map([['alun', 'Alun'], ['mair', 'Mair'], ['eirlys', 'Eirlys'], ['dafydd', 'Dafydd'], ['gwen', 'Gwen']])
const place = (volunteerId: string, minute: number, response: 'PENDING' | 'CONFIRMED' | 'DECLINED' = 'PENDING') => ({ volunteerId, response, createdAt: at(minute) })
const declined = (volunteerId: string, minute: number) => ({ volunteerId, kind: 'DECLINED' as const, recordedAt: at(minute) })
const everyone = () => true

describe('declines still needing cover (walk 41 F6)', () => {
  const first = [place('mair', 0, 'CONFIRMED'), place('eirlys', 0), place('alun', 0, 'DECLINED')]

  it('asks cover for a decline even with two others left (issue 16 item 10)', () => {
    expect(declinesUncovered(first, [declined('alun', 10)], everyone, names)).toEqual(['Alun'])
  })

  it('clears once a place is given after the decline, one place per decline', () => {
    expect(declinesUncovered([...first, place('dafydd', 20)], [declined('alun', 10)], everyone, names)).toEqual([])
    const two = [...first.slice(0, 2), place('alun', 0, 'DECLINED'), place('gwen', 0, 'DECLINED'), place('dafydd', 20)]
    expect(declinesUncovered(two, [declined('gwen', 5), declined('alun', 10)], everyone, names)).toEqual(['Alun'])
  })

  it('is not covered by a place given before the decline, a declined one, or one kept out', () => {
    expect(declinesUncovered([...first, place('dafydd', 5)], [declined('alun', 10)], everyone, names)).toEqual(['Alun'])
    expect(declinesUncovered([...first, place('dafydd', 20, 'DECLINED')], [declined('alun', 10), declined('dafydd', 30)], everyone, names)).toEqual(['Alun', 'Dafydd'])
    expect(declinesUncovered([...first, place('dafydd', 20)], [declined('alun', 10)], (id) => id !== 'dafydd', names)).toEqual(['Alun'])
  })

  it('dates a decline with no dropout record by its own place', () => {
    expect(declinesUncovered([...first, place('dafydd', 20)], [], everyone, names)).toEqual([])
  })
})
