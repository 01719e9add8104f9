import { describe, expect, it } from 'vitest'
import { hoursForCsv, sumByVolunteerMonth } from './volunteer-time'

// Issue 16 item 12: hours for funders are the time given, by volunteer and month.
describe('sumByVolunteerMonth', () => {
  it('adds meeting, supervision and training time per volunteer and month, months in order', () => {
    const rows = sumByVolunteerMonth([
      { volunteerId: 'a', month: '2026-11', kind: 'meeting', minutes: 90 },
      { volunteerId: 'a', month: '2026-11', kind: 'meeting', minutes: 90 },
      { volunteerId: 'a', month: '2026-11', kind: 'supervision', minutes: 45 },
      { volunteerId: 'b', month: '2026-10', kind: 'training', minutes: 720 },
      { volunteerId: 'a', month: '2026-10', kind: 'meeting', minutes: 60 },
    ])
    expect(rows).toEqual([
      { volunteerId: 'b', month: '2026-10', meeting: 0, supervision: 0, training: 720, total: 720 },
      { volunteerId: 'a', month: '2026-10', meeting: 60, supervision: 0, training: 0, total: 60 },
      { volunteerId: 'a', month: '2026-11', meeting: 180, supervision: 45, training: 0, total: 225 },
    ])
  })

  it('refuses malformed entries rather than hide them, and gives the CSV hours to two decimal places', () => {
    expect(() => sumByVolunteerMonth([{ volunteerId: 'a', month: '2026-13', kind: 'meeting', minutes: 1 }])).toThrow()
    expect(() => sumByVolunteerMonth([{ volunteerId: 'a', month: '2026-01', kind: 'meeting', minutes: -5 }])).toThrow()
    // 15 minutes was "0.3" (cosa17 item 3): two places keep a quarter of an hour a quarter.
    expect([90, 225, 0, 20, 15, 50].map(hoursForCsv)).toEqual([1.5, 3.75, 0, 0.33, 0.25, 0.83])
  })
})
