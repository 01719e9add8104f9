import { describe, expect, it } from 'vitest'
import { countFit, meetingsFromPattern, patternFit, placeableAtSlot } from './rota-pattern'
import { placements, suggestCover, type CircleMember } from './rota-propose'
import type { RotaVolunteer } from './rota-rules'

const volunteer = (id: string, over: Partial<RotaVolunteer> = {}): RotaVolunteer => ({
  id, firstName: id, dbsExpiresOn: '2030-01-01', trainingCompletedOn: '2025-01-01', trainingExpiresOn: null, maxCircles: 2, circleIds: ['c1'],
  availability: [2, 4].map((weekday) => ({ weekday, from: '18:00', to: '21:30' })), leave: [], nonAssociations: [], ...over,
})
const sunday = { circleId: 'c1', coreMemberId: 'core1', firstDate: '2026-12-01', weekday: 7, startTime: '19:00', minutes: 90, everyWeeks: 1 }

// Issue 16 item 8: the demo circle met on Sundays; its volunteers were free Tuesdays and Thursdays only.
describe('patternFit', () => {
  it('counts who of the inner circle can make the pattern, by the rota rules, leaving passing leave aside', () => {
    const team = [volunteer('a'), volunteer('b', { availability: [{ weekday: 7, from: '18:00', to: '21:00' }] }), volunteer('c', { availability: [{ weekday: 7, from: '19:00', to: '20:00' }] })]
    const fit = patternFit(sunday, team)
    expect(fit.map((f) => f.conflicts.map((c) => c.rule))).toEqual([['UNAVAILABLE'], [], ['UNAVAILABLE']])
    expect(countFit(fit)).toBe(1)
    expect(countFit(patternFit({ ...sunday, weekday: 2 }, [...team, volunteer('d', { leave: [{ from: '2026-12-01', to: '2026-12-31' }] })]))).toBe(2)
    expect(patternFit({ ...sunday, weekday: 2 }, [volunteer('e', { dbsExpiresOn: '2026-11-01', nonAssociations: ['core1'] })])[0]!.conflicts.map((c) => c.rule)).toEqual(['DBS_EXPIRED', 'NON_ASSOCIATION'])
  })
})

// Issue 16 items 9 and 10: one meeting, every reason, and cover that reaches the wider pool.
describe('placements and cover from the wider pool', () => {
  const [meeting] = meetingsFromPattern({ ...sunday, weekday: 2, count: 1 })
  const volunteers = [volunteer('r1'), volunteer('r2'), volunteer('away', { leave: [{ from: '2026-12-01', to: '2026-12-01' }] }), volunteer('pool', { circleIds: [] }), volunteer('full', { circleIds: ['c9'], maxCircles: 1 })]
  const members: CircleMember[] = ['r1', 'r2', 'away'].map((volunteerId) => ({ circleId: 'c1', volunteerId, kind: 'REGULAR' }))
  const input = { meetings: [meeting!], volunteers, members, assignments: [{ meetingId: meeting!.id, volunteerId: 'r1' }], pool: ['pool', 'full'] }

  it('gives each volunteer of the circle and of the pool every reason they cannot come', () => {
    expect(placements(meeting!.id, input).map((p) => [p.volunteerId, p.kind, p.onMeeting, p.conflicts.map((c) => c.rule)])).toEqual([
      ['r1', 'REGULAR', true, []],
      ['r2', 'REGULAR', false, []],
      ['away', 'REGULAR', false, ['ON_LEAVE']],
      ['pool', null, false, []],
      ['full', null, false, ['TOO_MANY_CIRCLES']],
    ])
  })

  it('suggests the circle first, then the pool, never anyone excluded or breaking a rule', () => {
    expect(suggestCover(meeting!.id, input)).toEqual(['r2', 'pool'])
    expect(suggestCover(meeting!.id, { ...input, exclude: ['r2'] })).toEqual(['pool'])
    expect(suggestCover(meeting!.id, { ...input, pool: [] })).toEqual(['r2'])
  })
})

// Break test of issue 16, D4: a volunteer in two circles meeting at one time was counted out of both.
describe('placeableAtSlot', () => {
  it('counts shared volunteers for a circle once the other circles at that time have their minimum', () => {
    expect(placeableAtSlot('a', [{ circleId: 'a', free: ['m', 'e'] }])).toBe(2)
    // Mair in both, each circle with one of its own: both can be staffed with two.
    expect(placeableAtSlot('a', [{ circleId: 'a', free: ['m', 'e'] }, { circleId: 'b', free: ['m', 'd', 'g'] }])).toBe(2)
    expect(placeableAtSlot('b', [{ circleId: 'a', free: ['m', 'e'] }, { circleId: 'b', free: ['m', 'd'] }])).toBe(1)
    // Two volunteers between two circles: whichever asks, the other keeps its two.
    expect(placeableAtSlot('a', [{ circleId: 'a', free: ['m', 'e'] }, { circleId: 'b', free: ['m', 'e'] }])).toBe(0)
    expect(placeableAtSlot('a', [{ circleId: 'a', free: ['m', 'e', 'x'] }, { circleId: 'b', free: ['m', 'e', 'y'] }])).toBe(2)
    // c keeps y and z, so b needs both m and e: a is left with x alone.
    expect(placeableAtSlot('a', [{ circleId: 'a', free: ['x', 'm', 'e'] }, { circleId: 'b', free: ['m', 'e', 'y'] }, { circleId: 'c', free: ['y', 'z'] }])).toBe(1)
  })
})

describe('placeableAtSlot with existing bookings kept (walk 25 D4)', () => {
  it('gives a circle with places already filled only the seats it still wants', () => {
    // b already holds its two: a gets both shared volunteers.
    expect(placeableAtSlot('a', [{ circleId: 'a', free: ['m', 'e'] }, { circleId: 'b', free: ['m', 'e'], seats: 0 }])).toBe(2)
    // b holds one: it still takes one of the shared, so a gets one.
    expect(placeableAtSlot('a', [{ circleId: 'a', free: ['m', 'e'] }, { circleId: 'b', free: ['m', 'e'], seats: 1 }])).toBe(1)
  })
})
