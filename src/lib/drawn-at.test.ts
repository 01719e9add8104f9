import { describe, expect, it } from 'vitest'
import { readsAsSnapshot, readsAsVersion } from './drawn-at'
import { anyVersion, version } from '../server/zod-numbers'
import { drawnAs } from '../server/iom/members.schemas'

// One rule for what a form says it was drawn at, read alike by the page that keeps it and the server (review 63).
describe('what a form was drawn at', () => {
  const versions = ['0', '1', '07', '2147483647', '2147483648', '1e0', '0x1', ' 1', '-1', '1.0', '99999999999']
  const snapshots = ['1:1:', '740:745:741,743', '745:740:', '0:5:', '740:745:744,741', '740:745:750', '1:18446744073709551616:', 'x', '']

  it('is a version only as figures within PostgreSQL’s integers', () => {
    expect(versions.filter(readsAsVersion)).toEqual(['0', '1', '07', '2147483647'])
  })

  it('is a snapshot only as PostgreSQL reads one', () => {
    expect(snapshots.filter(readsAsSnapshot)).toEqual(['1:1:', '740:745:741,743'])
  })

  // The one difference, by design: a blank version is 0 to the server ("none yet"), and the page keeps its own for it.
  it('is read by the server as the page reads it', () => {
    expect([readsAsVersion(''), anyVersion.parse(''), version.safeParse('').success]).toEqual([false, 0, false])
    for (const v of versions) expect(anyVersion.safeParse(v).success, v).toBe(readsAsVersion(v))
    for (const v of versions) expect(version.safeParse(v).success, v).toBe(readsAsVersion(v) && Number(v) >= 1)
    for (const s of snapshots) expect(drawnAs.safeParse(s).success, s).toBe(readsAsSnapshot(s))
  })
})
