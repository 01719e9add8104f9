import { describe, expect, it } from 'vitest'
import { releaseSnapshotDue } from './release-snapshot'

const ev = (type: string, on: string, minute: number) => ({ type, values: { on }, createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)) })
const snap = (asAt: string) => ({ asAt: new Date(`${asAt}T00:00:00Z`) })

describe('accommodation and employment due after release', () => {
  it('is due from the release date until a snapshot dated on or after it exists', () => {
    const released = [ev('RELEASED', '2026-03-01', 1)]
    expect(releaseSnapshotDue(released, [])).toBe('2026-03-01')
    expect(releaseSnapshotDue(released, [snap('2026-02-28')])).toBe('2026-03-01')
    expect(releaseSnapshotDue(released, [snap('2026-03-01')])).toBeNull()
    expect(releaseSnapshotDue(released, [snap('2026-03-09')])).toBeNull()
  })

  it('is not due in custody, after a recall, or with no release', () => {
    expect(releaseSnapshotDue([], [])).toBeNull()
    expect(releaseSnapshotDue([ev('RELEASED', '2026-03-01', 1), ev('RECALLED', '2026-04-01', 2)], [])).toBeNull()
    expect(releaseSnapshotDue([ev('RELEASED', '2026-03-01', 1), ev('RECALLED', '2026-04-01', 2), ev('RETURNED_TO_CUSTODY', '2026-04-02', 3)], [])).toBeNull()
    expect(releaseSnapshotDue([ev('TERMINATED', '2026-03-01', 1)], [])).toBeNull()
  })

  it('asks again after a second release', () => {
    const events = [ev('RELEASED', '2026-03-01', 1), ev('RECALLED', '2026-04-01', 2), ev('RETURNED_TO_CUSTODY', '2026-04-02', 3), ev('RELEASED', '2026-05-10', 4)]
    expect(releaseSnapshotDue(events, [snap('2026-03-01')])).toBe('2026-05-10')
  })
})
