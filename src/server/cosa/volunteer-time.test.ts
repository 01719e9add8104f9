import { describe, expect, it } from 'vitest'
import { asHours, sumByVolunteerMonth } from './volunteer-time'

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

  it('refuses malformed entries rather than hide them, and gives hours to one decimal place', () => {
    expect(() => sumByVolunteerMonth([{ volunteerId: 'a', month: '2026-13', kind: 'meeting', minutes: 1 }])).toThrow()
    expect(() => sumByVolunteerMonth([{ volunteerId: 'a', month: '2026-01', kind: 'meeting', minutes: -5 }])).toThrow()
    expect([asHours(90), asHours(225), asHours(0), asHours(20)]).toEqual([1.5, 3.8, 0, 0.3])
  })
})
