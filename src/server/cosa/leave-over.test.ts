import { describe, expect, it } from 'vitest'
import { leaveOver } from './leave-over'

const leave = [{ fromDate: new Date('2026-12-08T00:00:00Z'), toDate: new Date('2026-12-10T00:00:00Z') }]

describe('leaveOver', () => {
  it('finds the leave a meeting’s London day falls in, first and last days included', () => {
    expect(leaveOver(new Date('2026-12-08T19:00:00Z'), leave)).toBe(leave[0])
    expect(leaveOver(new Date('2026-12-10T19:00:00Z'), leave)).toBe(leave[0])
    expect(leaveOver(new Date('2026-12-11T19:00:00Z'), leave)).toBeUndefined()
    expect(leaveOver(new Date('2026-12-07T19:00:00Z'), leave)).toBeUndefined()
  })

  it('reads the day in London: 23:30 UTC on 10 June is 11 June there', () => {
    const june = [{ fromDate: new Date('2026-06-11T00:00:00Z'), toDate: new Date('2026-06-11T00:00:00Z') }]
    expect(leaveOver(new Date('2026-06-10T23:30:00Z'), june)).toBe(june[0])
  })
})
