import { describe, expect, it } from 'vitest'
import { checkRota, hardConflicts, softConflicts, type RotaMeeting, type RotaVolunteer } from './rota-rules'

const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: '00:00', to: '24:00' }))

const volunteer = (id: string, over: Partial<RotaVolunteer> = {}): RotaVolunteer => ({
  id,
  firstName: id,
  dbsExpiresOn: '2028-01-01',
  trainingCompletedOn: '2025-01-01',
  trainingExpiresOn: null,
  maxCircles: 2,
  circleIds: ['c1'],
  availability: everyDay,
  leave: [],
  nonAssociations: [],
  ...over,
})

const meeting = (id: string, startsAt: string, endsAt: string, circleId = 'c1', coreMemberId = 'core1'): RotaMeeting => ({ id, circleId, coreMemberId, startsAt, endsAt })

// Wednesday 15 July 2026, 19:00–20:30 BST; Wednesday 14 January 2026, 19:00–20:30 GMT.
const july = meeting('m-jul', '2026-07-15T18:00:00Z', '2026-07-15T19:30:00Z')
const january = meeting('m-jan', '2026-01-14T19:00:00Z', '2026-01-14T20:30:00Z')

/** The volunteer under test plus a clean buddy, so only their own conflicts show. */
function conflictsOf(v: RotaVolunteer, m: RotaMeeting = july) {
  return checkRota([m], [v, volunteer('buddy')], [
    { meetingId: m.id, volunteerId: v.id },
    { meetingId: m.id, volunteerId: 'buddy' },
  ]).filter((c) => c.volunteerId === v.id)
}
const rulesOf = (v: RotaVolunteer, m?: RotaMeeting) => conflictsOf(v, m).map((c) => c.rule)

describe('DBS_EXPIRED', () => {
  it('flags a DBS that lapsed before the meeting date or was never recorded, but not one valid through the day itself', () => {
    expect(conflictsOf(volunteer('v', { dbsExpiresOn: '2026-07-14' }))).toEqual([
      { rule: 'DBS_EXPIRED', severity: 'hard', meetingId: 'm-jul', volunteerId: 'v', values: { expiredOn: '2026-07-14' } },
    ])
    expect(rulesOf(volunteer('v', { dbsExpiresOn: null }))).toEqual(['DBS_EXPIRED'])
    expect(rulesOf(volunteer('v', { dbsExpiresOn: '2026-07-15' }))).toEqual([])
  })
  it('uses the London date, not the UTC date', () => {
    // 23:30 UTC on 15 July is 00:30 BST on the 16th.
    const lateNight = meeting('m-late', '2026-07-15T23:30:00Z', '2026-07-16T00:30:00Z')
    expect(rulesOf(volunteer('v', { dbsExpiresOn: '2026-07-15' }), lateNight)).toEqual(['DBS_EXPIRED'])
  })
})

describe('TRAINING_INCOMPLETE and TRAINING_EXPIRED', () => {
  it('needs training completed on or before the meeting date', () => {
    expect(conflictsOf(volunteer('v', { trainingCompletedOn: '2026-07-16' }))[0]).toMatchObject({ rule: 'TRAINING_INCOMPLETE', severity: 'hard', values: { completedOn: '2026-07-16' } })
    expect(rulesOf(volunteer('v', { trainingCompletedOn: null }))).toEqual(['TRAINING_INCOMPLETE'])
    expect(rulesOf(volunteer('v', { trainingCompletedOn: '2026-07-15' }))).toEqual([])
  })
  it('flags training that expired before the meeting date; no expiry date means it never expires', () => {
    expect(conflictsOf(volunteer('v', { trainingExpiresOn: '2026-07-14' }))[0]).toMatchObject({ rule: 'TRAINING_EXPIRED', severity: 'hard', values: { expiredOn: '2026-07-14' } })
    expect(rulesOf(volunteer('v', { trainingExpiresOn: '2026-07-15' }))).toEqual([])
    expect(rulesOf(volunteer('v', { trainingExpiresOn: null }))).toEqual([])
  })
})

describe('NON_ASSOCIATION', () => {
  it('keeps a volunteer away from a core member they must not be placed with, and only that one', () => {
    expect(conflictsOf(volunteer('v', { nonAssociations: ['core1'] }))).toEqual([{ rule: 'NON_ASSOCIATION', severity: 'hard', meetingId: 'm-jul', volunteerId: 'v' }])
    expect(rulesOf(volunteer('v', { nonAssociations: ['core2'] }))).toEqual([])
  })
})

describe('DOUBLE_BOOKED', () => {
  const v = volunteer('v', { circleIds: ['c1', 'c2'] })
  const others = [volunteer('a', { circleIds: ['c1', 'c2'] }), volunteer('b', { circleIds: ['c1', 'c2'] })]
  const run = (second: RotaMeeting) =>
    checkRota([july, second], [v, ...others], [
      { meetingId: july.id, volunteerId: 'v' },
      { meetingId: july.id, volunteerId: 'a' },
      { meetingId: second.id, volunteerId: 'v' },
      { meetingId: second.id, volunteerId: 'b' },
    ])
  it('reports overlapping meetings in any circles on both meetings, each naming the other', () => {
    const overlapping = meeting('m-other', '2026-07-15T19:00:00Z', '2026-07-15T20:00:00Z', 'c2', 'core2')
    expect(run(overlapping)).toEqual([
      { rule: 'DOUBLE_BOOKED', severity: 'hard', meetingId: 'm-jul', volunteerId: 'v', otherMeetingId: 'm-other' },
      { rule: 'DOUBLE_BOOKED', severity: 'hard', meetingId: 'm-other', volunteerId: 'v', otherMeetingId: 'm-jul' },
    ])
  })
  it('allows a meeting that starts exactly when another ends', () => {
    expect(run(meeting('m-next', '2026-07-15T19:30:00Z', '2026-07-15T20:30:00Z', 'c2', 'core2'))).toEqual([])
  })
  it('does not count the same assignment listed twice as a double booking', () => {
    const twice = [{ meetingId: july.id, volunteerId: 'v' }, { meetingId: july.id, volunteerId: 'v' }, { meetingId: july.id, volunteerId: 'a' }]
    expect(checkRota([july], [v, ...others], twice)).toEqual([])
  })
})

describe('UNAVAILABLE', () => {
  const wednesdayEvenings = [{ weekday: 3, from: '18:00', to: '21:00' }]
  it('reads 19:00 London time correctly in summer (BST) and winter (GMT)', () => {
    const v = volunteer('v', { availability: wednesdayEvenings })
    expect(rulesOf(v, july)).toEqual([])
    expect(rulesOf(v, january)).toEqual([])
    // 19:00 UTC in July is 20:00 BST, so a 90-minute meeting runs to 21:30 — past the window.
    expect(conflictsOf(v, meeting('m-utc', '2026-07-15T19:00:00Z', '2026-07-15T20:30:00Z'))).toEqual([
      { rule: 'UNAVAILABLE', severity: 'soft', meetingId: 'm-utc', volunteerId: 'v', values: { weekday: 3, from: '20:00', to: '21:30' } },
    ])
  })
  it('needs the whole meeting inside one window on the right weekday; an exact fit is enough', () => {
    expect(rulesOf(volunteer('v', { availability: [{ weekday: 3, from: '18:00', to: '19:00' }] }))).toEqual(['UNAVAILABLE'])
    expect(rulesOf(volunteer('v', { availability: [{ weekday: 4, from: '18:00', to: '21:00' }] }))).toEqual(['UNAVAILABLE'])
    expect(rulesOf(volunteer('v', { availability: [] }))).toEqual(['UNAVAILABLE'])
    expect(rulesOf(volunteer('v', { availability: [{ weekday: 3, from: '19:00', to: '20:30' }] }))).toEqual([])
  })
})

describe('ON_LEAVE', () => {
  it('treats leave dates as inclusive, on the London date', () => {
    expect(conflictsOf(volunteer('v', { leave: [{ from: '2026-07-10', to: '2026-07-15' }] }))).toEqual([
      { rule: 'ON_LEAVE', severity: 'soft', meetingId: 'm-jul', volunteerId: 'v', values: { from: '2026-07-10', to: '2026-07-15' } },
    ])
    expect(rulesOf(volunteer('v', { leave: [{ from: '2026-07-15', to: '2026-07-20' }] }))).toEqual(['ON_LEAVE'])
    expect(rulesOf(volunteer('v', { leave: [{ from: '2026-07-10', to: '2026-07-14' }] }))).toEqual([])
  })
})

describe('TOO_MANY_CIRCLES', () => {
  const other = meeting('m-c2', '2026-07-16T18:00:00Z', '2026-07-16T19:30:00Z', 'c2', 'core2')
  const run = (v: RotaVolunteer) =>
    checkRota([july, other], [v, volunteer('a', { circleIds: ['c1', 'c2'] })], [
      { meetingId: july.id, volunteerId: v.id },
      { meetingId: july.id, volunteerId: 'a' },
      { meetingId: other.id, volunteerId: v.id },
      { meetingId: other.id, volunteerId: 'a' },
    ]).filter((c) => c.volunteerId === v.id)
  it('flags a place in a new circle that takes the volunteer past their limit', () => {
    expect(run(volunteer('v', { circleIds: ['c1'], maxCircles: 1 }))).toEqual([
      { rule: 'TOO_MANY_CIRCLES', severity: 'soft', meetingId: 'm-c2', volunteerId: 'v', values: { limit: 1, count: 2 } },
    ])
  })
  it('allows a new circle within the limit, and never flags the circles they already serve in', () => {
    expect(run(volunteer('v', { circleIds: ['c1'], maxCircles: 2 }))).toEqual([])
    expect(run(volunteer('v', { circleIds: ['c1', 'c2', 'c3'], maxCircles: 2 }))).toEqual([])
  })
})

describe('TOO_FEW_VOLUNTEERS', () => {
  it('needs two volunteers at every meeting in the set', () => {
    const vs = [volunteer('a'), volunteer('b')]
    expect(checkRota([july, january], vs, [{ meetingId: july.id, volunteerId: 'a' }])).toEqual([
      { rule: 'TOO_FEW_VOLUNTEERS', severity: 'hard', meetingId: 'm-jan', values: { count: 0 } },
      { rule: 'TOO_FEW_VOLUNTEERS', severity: 'hard', meetingId: 'm-jul', values: { count: 1 } },
    ])
    expect(checkRota([july], vs, [{ meetingId: july.id, volunteerId: 'a' }, { meetingId: july.id, volunteerId: 'b' }])).toEqual([])
  })
})

describe('checkRota', () => {
  it('orders conflicts by meeting start, meeting id, rule and volunteer, and splits them by severity', () => {
    const tired = volunteer('z', { dbsExpiresOn: null, availability: [], leave: [{ from: '2026-01-01', to: '2026-12-31' }] })
    const conflicts = checkRota([july, january], [tired, volunteer('a', { dbsExpiresOn: '2026-01-01' })], [
      { meetingId: july.id, volunteerId: 'z' },
      { meetingId: july.id, volunteerId: 'a' },
      { meetingId: january.id, volunteerId: 'z' },
    ])
    expect(conflicts.map((c) => `${c.meetingId} ${c.rule} ${c.volunteerId ?? '-'}`)).toEqual([
      'm-jan DBS_EXPIRED z',
      'm-jan ON_LEAVE z',
      'm-jan TOO_FEW_VOLUNTEERS -',
      'm-jan UNAVAILABLE z',
      'm-jul DBS_EXPIRED a',
      'm-jul DBS_EXPIRED z',
      'm-jul ON_LEAVE z',
      'm-jul UNAVAILABLE z',
    ])
    expect(hardConflicts(conflicts).map((c) => c.rule)).toEqual(['DBS_EXPIRED', 'TOO_FEW_VOLUNTEERS', 'DBS_EXPIRED', 'DBS_EXPIRED'])
    expect(softConflicts(conflicts).map((c) => c.rule)).toEqual(['ON_LEAVE', 'UNAVAILABLE', 'ON_LEAVE', 'UNAVAILABLE'])
  })
  it('throws on assignments to unknown meetings or volunteers', () => {
    expect(() => checkRota([july], [volunteer('a')], [{ meetingId: 'nope', volunteerId: 'a' }])).toThrow(/unknown meeting/)
    expect(() => checkRota([july], [volunteer('a')], [{ meetingId: july.id, volunteerId: 'nope' }])).toThrow(/unknown volunteer/)
  })
})
