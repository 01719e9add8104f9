import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { meetingsFromPattern, placeableAtSlot } from './rota-pattern'
import { proposeRota, suggestCover, type CircleMember } from './rota-propose'
import { checkRota, hardConflicts, type RotaAssignment, type RotaMeeting, type RotaVolunteer } from './rota-rules'

const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: '00:00', to: '24:00' }))

const volunteer = (id: string, over: Partial<RotaVolunteer> = {}): RotaVolunteer => ({
  id,
  firstName: id,
  dbsExpiresOn: '2030-01-01',
  trainingCompletedOn: '2025-01-01',
  trainingExpiresOn: null,
  maxCircles: 1,
  circleIds: ['c1'],
  availability: everyDay,
  leave: [],
  nonAssociations: [],
  ...over,
})

// Thursdays 19:00 London time, 90 minutes, across the October 2026 clock change.
const weekly = (count: number, circleId = 'c1') =>
  meetingsFromPattern({ circleId, coreMemberId: `core-${circleId}`, firstDate: '2026-10-01', weekday: 4, startTime: '19:00', minutes: 90, everyWeeks: 1, count })

const countBy = (assignments: RotaAssignment[], key: 'meetingId' | 'volunteerId') =>
  assignments.reduce((map, a) => map.set(a[key], (map.get(a[key]) ?? 0) + 1), new Map<string, number>())

describe('meetingsFromPattern', () => {
  it('starts on the first matching weekday and keeps 19:00 London time across the October and March changes', () => {
    const autumn = meetingsFromPattern({ circleId: 'c1', coreMemberId: 'core1', firstDate: '2026-10-16', weekday: 4, startTime: '19:00', minutes: 90, everyWeeks: 1, count: 3 })
    expect(autumn).toEqual([
      { id: 'c1:2026-10-22', circleId: 'c1', coreMemberId: 'core1', startsAt: '2026-10-22T18:00:00.000Z', endsAt: '2026-10-22T19:30:00.000Z' },
      { id: 'c1:2026-10-29', circleId: 'c1', coreMemberId: 'core1', startsAt: '2026-10-29T19:00:00.000Z', endsAt: '2026-10-29T20:30:00.000Z' },
      { id: 'c1:2026-11-05', circleId: 'c1', coreMemberId: 'core1', startsAt: '2026-11-05T19:00:00.000Z', endsAt: '2026-11-05T20:30:00.000Z' },
    ])
    const spring = meetingsFromPattern({ circleId: 'c2', coreMemberId: 'core2', firstDate: '2027-03-22', weekday: 1, startTime: '19:00', minutes: 60, everyWeeks: 2, count: 2 })
    expect(spring.map((m) => [m.id, m.startsAt])).toEqual([
      ['c2:2027-03-22', '2027-03-22T19:00:00.000Z'],
      ['c2:2027-04-05', '2027-04-05T18:00:00.000Z'],
    ])
  })
  it('rejects a pattern that cannot be right', () => {
    const ok = { circleId: 'c1', coreMemberId: 'core1', firstDate: '2026-10-01', weekday: 4, startTime: '19:00', minutes: 90, everyWeeks: 1, count: 1 }
    expect(() => meetingsFromPattern({ ...ok, weekday: 8 })).toThrow()
    expect(() => meetingsFromPattern({ ...ok, everyWeeks: 0 })).toThrow()
    expect(() => meetingsFromPattern({ ...ok, startTime: '25:00' })).toThrow()
    expect(() => meetingsFromPattern({ ...ok, firstDate: '2026-02-30' })).toThrow()
  })
})

describe('proposeRota', () => {
  const meetings = weekly(8)
  const regulars = ['r1', 'r2', 'r3', 'r4', 'r5'].map((id) => volunteer(id))
  const members: CircleMember[] = regulars.map((v) => ({ circleId: 'c1', volunteerId: v.id, kind: 'REGULAR' }))

  it('fills every meeting to the target without any conflict, hard or soft, and balances the load', () => {
    const { assignments, conflicts } = proposeRota({ meetings, volunteers: regulars, members })
    expect(conflicts).toEqual([])
    expect([...countBy(assignments, 'meetingId').values()]).toEqual(Array(8).fill(3))
    const load = [...countBy(assignments, 'volunteerId').values()]
    expect(load).toHaveLength(5)
    expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(1)
    expect(proposeRota({ meetings, volunteers: regulars, members })).toEqual({ assignments, conflicts })
  })
  it('prefers regulars over cover, and never picks anyone with a conflict', () => {
    const cover = [volunteer('a-cover'), volunteer('b-cover')]
    const blocked = [volunteer('a-no-dbs', { dbsExpiresOn: null }), volunteer('a-away', { leave: [{ from: '2026-10-01', to: '2026-12-31' }] })]
    const { assignments, conflicts } = proposeRota({
      meetings: meetings.slice(0, 2),
      volunteers: [...regulars.slice(0, 2), ...cover, ...blocked],
      members: [
        ...members.slice(0, 2),
        ...[...cover, ...blocked].map((v): CircleMember => ({ circleId: 'c1', volunteerId: v.id, kind: blocked.includes(v) ? 'REGULAR' : 'COVER' })),
      ],
    })
    expect(conflicts).toEqual([])
    expect(assignments.map((a) => a.volunteerId)).toEqual(['r1', 'r2', 'a-cover', 'r1', 'r2', 'b-cover'])
  })
  it('keeps existing assignments, counts them against the target and books around them', () => {
    const elsewhere = meeting('other', '2026-10-01T18:30:00Z', '2026-10-01T19:00:00Z', 'c2')
    const existing = [
      { meetingId: meetings[0]!.id, volunteerId: 'r5' },
      { meetingId: elsewhere.id, volunteerId: 'r1' },
      { meetingId: elsewhere.id, volunteerId: 'r2' },
    ]
    const busy = regulars.map((v) => (v.id === 'r1' || v.id === 'r2' ? { ...v, circleIds: ['c1', 'c2'], maxCircles: 2 } : v))
    const { assignments, conflicts } = proposeRota({ meetings: [elsewhere, ...meetings.slice(0, 1)], volunteers: busy, members, existing })
    expect(conflicts).toEqual([])
    expect(assignments.slice(0, 3)).toEqual(existing)
    // r1 and r2 sit in the overlapping c2 meeting; r5 is already there.
    expect(assignments.slice(3).map((a) => a.volunteerId)).toEqual(['r3', 'r4'])
  })
  it('leaves a meeting short and says so rather than placing someone who breaks a rule', () => {
    const team = [volunteer('ok'), volunteer('nope', { nonAssociations: ['core-c1'] })]
    const { assignments, conflicts } = proposeRota({ meetings: meetings.slice(0, 1), volunteers: team, members: team.map((v) => ({ circleId: 'c1', volunteerId: v.id, kind: 'REGULAR' })) })
    expect(assignments).toEqual([{ meetingId: meetings[0]!.id, volunteerId: 'ok' }])
    expect(conflicts).toEqual([{ rule: 'TOO_FEW_VOLUNTEERS', severity: 'hard', meetingId: meetings[0]!.id, values: { count: 1 } }])
  })
  it('gives every meeting its minimum of two before any gets a third: two circles sharing four volunteers at the same hour get 2 + 2 (walk-through D4)', () => {
    // Both circles meet on Thursdays at 19:00; the four shared volunteers may serve in both circles.
    const shared = ['n', 's', 'i', 'p'].map((id) => volunteer(id, { circleIds: ['c1', 'c2'], maxCircles: 2 }))
    const both: CircleMember[] = shared.flatMap((v) => ['c1', 'c2'].map((circleId): CircleMember => ({ circleId, volunteerId: v.id, kind: 'REGULAR' })))
    const twoCircles = [...weekly(4, 'c1'), ...weekly(4, 'c2')]
    const { assignments, conflicts } = proposeRota({ meetings: twoCircles, volunteers: shared, members: both })
    expect(conflicts).toEqual([])
    const perMeeting = countBy(assignments, 'meetingId')
    expect(twoCircles.map((m) => perMeeting.get(m.id))).toEqual(Array(8).fill(2))
  })
  it('staffs both circles meeting at one hour whenever placeableAtSlot says each can have two: the shared volunteers go where they are scarce (break test D4)', () => {
    // c1 has s1, s2 and x; c2 has s1, s2 and y. Taking s1 and s2 for c1 first would leave c2 with y alone.
    const shared = ['s1', 's2'].map((id) => volunteer(id, { circleIds: ['c1', 'c2'], maxCircles: 2 }))
    const own = [volunteer('x'), volunteer('y', { circleIds: ['c2'] })]
    const members: CircleMember[] = [...shared.flatMap((v) => ['c1', 'c2'].map((circleId): CircleMember => ({ circleId, volunteerId: v.id, kind: 'REGULAR' }))), { circleId: 'c1', volunteerId: 'x', kind: 'REGULAR' }, { circleId: 'c2', volunteerId: 'y', kind: 'REGULAR' }]
    const slot = [{ circleId: 'c1', free: ['s1', 's2', 'x'] }, { circleId: 'c2', free: ['s1', 's2', 'y'] }]
    expect([placeableAtSlot('c1', slot), placeableAtSlot('c2', slot)]).toEqual([2, 2])
    const twoCircles = [...weekly(3, 'c1'), ...weekly(3, 'c2')]
    const { assignments, conflicts } = proposeRota({ meetings: twoCircles, volunteers: [...shared, ...own], members, target: 2 })
    expect(conflicts).toEqual([])
    const perMeeting = countBy(assignments, 'meetingId')
    expect(twoCircles.map((m) => perMeeting.get(m.id))).toEqual(Array(6).fill(2))
  })
  it('never goes below two per meeting even if asked to', () => {
    const { assignments } = proposeRota({ meetings: meetings.slice(0, 1), volunteers: regulars, members, target: 1 })
    expect(assignments).toHaveLength(2)
  })
})

function meeting(id: string, startsAt: string, endsAt: string, circleId = 'c1'): RotaMeeting {
  return { id, circleId, coreMemberId: `core-${circleId}`, startsAt, endsAt }
}

describe('suggestCover', () => {
  it('offers regulars not on the meeting, then cover, lightest load first, and only those who fit', () => {
    const meetings = weekly(3)
    const volunteers = [volunteer('r1'), volunteer('r2'), volunteer('r3'), volunteer('cov1'), volunteer('cov2'), volunteer('r-away', { leave: [{ from: '2026-10-08', to: '2026-10-08' }] })]
    const members: CircleMember[] = volunteers.map((v) => ({ circleId: 'c1', volunteerId: v.id, kind: v.id.startsWith('r') ? 'REGULAR' : 'COVER' }))
    const [first, second, third] = meetings.map((m) => m.id) as [string, string, string]
    const assignments = [
      { meetingId: first, volunteerId: 'r1' },
      { meetingId: first, volunteerId: 'r3' },
      { meetingId: second, volunteerId: 'r1' },
      { meetingId: third, volunteerId: 'r3' },
      { meetingId: third, volunteerId: 'r3' },
      { meetingId: third, volunteerId: 'cov2' },
    ]
    // r2 has dropped out of the second meeting (8 October), when r-away is on leave; r1 is still on it.
    expect(suggestCover(second, { meetings, volunteers, members, assignments })).toEqual(['r2', 'r3', 'cov1', 'cov2'])
    expect(suggestCover(first, { meetings, volunteers, members, assignments })).toEqual(['r-away', 'r2', 'cov1', 'cov2'])
    expect(() => suggestCover('nope', { meetings, volunteers, members, assignments })).toThrow(/Unknown meeting/)
  })
})

describe('proposeRota on random rotas', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f']
  const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-${d > 14 ? '11' : '10'}-${String(((d - 1) % 14) + 10).padStart(2, '0')}`)
  // Mostly eligible volunteers, so proposals are rich enough to test, with every rule broken now and then.
  const usually = <T, U>(value: T, otherwise: fc.Arbitrary<U>) => fc.oneof({ arbitrary: fc.constant(value), weight: 4 }, { arbitrary: otherwise, weight: 1 })
  const arbVolunteer = (id: string) =>
    fc.record({
      dbsExpiresOn: usually('2030-01-01', fc.option(day)),
      trainingCompletedOn: usually('2025-01-01', fc.option(day)),
      trainingExpiresOn: usually(null, day),
      maxCircles: fc.integer({ min: 1, max: 3 }),
      circleIds: fc.subarray(['c1', 'c2', 'c3']),
      availability: usually(
        everyDay,
        fc.array(
          fc.record({ weekday: fc.integer({ min: 1, max: 7 }), from: fc.constantFrom('00:00', '09:00', '18:00', '19:00'), to: fc.constantFrom('19:30', '21:00', '24:00') }),
          { maxLength: 6 },
        ),
      ),
      leave: usually([], fc.array(fc.tuple(day, day).map(([x, y]) => (x <= y ? { from: x, to: y } : { from: y, to: x })), { maxLength: 2 })),
      nonAssociations: usually([], fc.subarray(['core-c1', 'core-c2', 'core-c3'])),
    }).map((over) => volunteer(id, over))
  const arbMeeting = fc.record({
    circleId: fc.constantFrom('c1', 'c2', 'c3'),
    // Quarter-hours over three weeks either side of the October clock change, so meetings sometimes overlap.
    start: fc.integer({ min: 0, max: 21 * 24 * 4 }),
    quarters: fc.integer({ min: 1, max: 12 }),
  })
  const arbInput = fc.record({
    volunteers: fc.tuple(...ids.map(arbVolunteer)),
    meetings: fc.array(arbMeeting, { minLength: 1, maxLength: 10 }),
    members: fc.array(fc.record({ circleId: fc.constantFrom('c1', 'c2', 'c3'), volunteerId: fc.constantFrom(...ids), kind: fc.constantFrom('REGULAR' as const, 'COVER' as const) }), { minLength: 6, maxLength: 18 }),
    target: fc.integer({ min: 0, max: 5 }),
  })

  it('proposes nothing that breaks a rule; only short meetings are reported', () => {
    fc.assert(
      fc.property(arbInput, ({ volunteers, meetings: raw, members, target }) => {
        const base = Date.parse('2026-10-10T00:00:00Z')
        const meetings = raw.map((m, i) =>
          meeting(`m${i}`, new Date(base + m.start * 900_000).toISOString(), new Date(base + (m.start + m.quarters) * 900_000).toISOString(), m.circleId),
        )
        const { assignments, conflicts } = proposeRota({ meetings, volunteers, members, target })
        expect(conflicts).toEqual(checkRota(meetings, volunteers, assignments))
        expect(conflicts.filter((c) => c.rule !== 'TOO_FEW_VOLUNTEERS')).toEqual([])
        expect(hardConflicts(conflicts).every((c) => c.rule === 'TOO_FEW_VOLUNTEERS')).toBe(true)
        for (const a of assignments) {
          const m = meetings.find((x) => x.id === a.meetingId)!
          expect(members.some((x) => x.circleId === m.circleId && x.volunteerId === a.volunteerId)).toBe(true)
        }
        for (const n of countBy(assignments, 'meetingId').values()) expect(n).toBeLessThanOrEqual(Math.max(2, target))
      }),
      { numRuns: 300 },
    )
  })
})

describe('proposeRota at size', () => {
  it('fills 600 meetings from 300 volunteers', () => {
    // 50 circles of six volunteers, meeting weekly for 12 weeks on different evenings.
    const meetings = Array.from({ length: 50 }, (_, c) =>
      meetingsFromPattern({ circleId: `c${c}`, coreMemberId: `core${c}`, firstDate: '2026-09-07', weekday: (c % 5) + 1, startTime: c % 2 ? '18:30' : '19:00', minutes: 90, everyWeeks: 1, count: 12 }),
    ).flat()
    const volunteers = Array.from({ length: 300 }, (_, i) =>
      volunteer(`v${String(i).padStart(3, '0')}`, {
        circleIds: [`c${i % 50}`],
        availability: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '18:00', to: '21:00' })),
        leave: i % 7 === 0 ? [{ from: '2026-10-01', to: '2026-10-14' }] : [],
      }),
    )
    const members = volunteers.map((v, i): CircleMember => ({ circleId: `c${i % 50}`, volunteerId: v.id, kind: i < 200 ? 'REGULAR' : 'COVER' }))
    expect(meetings).toHaveLength(600)
    const { assignments, conflicts } = proposeRota({ meetings, volunteers, members })
    expect(conflicts).toEqual([])
    const perMeeting = countBy(assignments, 'meetingId')
    expect(meetings.every((m) => (perMeeting.get(m.id) ?? 0) >= 2)).toBe(true)
  })
})
