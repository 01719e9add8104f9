import { describe, expect, it } from 'vitest'
import { roshGrid } from '../../src/server/risk/risk.schemas'
import { buildPerson, type SeedRows } from './people'
import { seededRandom } from './random'
import type { ReferenceData } from './reference-data'
import type { Staff } from './staff'

// Walk 65 F3: the demo rated risk to prisoners in the community, which OASys does not ask and no form can set, so the
// next assessment "lost" it. Every demo rating is one the assessment form has a field for.
describe('the demo people’s risk ratings', () => {
  it('rate only the groups OASys asks about in each setting', () => {
    const rows: SeedRows = { offenders: [], sentences: [], requirements: [], profiles: [], ratings: [], flags: [], nominals: [], contacts: [] }
    const ids = { get: () => '00000000-0000-4000-8000-000000000000' }
    const ref = { laIds: ids, agencyIds: ids, lduIds: ids } as unknown as ReferenceData
    const staff = { demo: { police: { id: 'p', agencyId: 'a' }, partner: { id: 'q', agencyId: 'b' } } } as unknown as Staff
    const r = seededRandom(7)
    for (let i = 0; i < 20; i++) buildPerson(r, rows, ref, staff, { team: { id: 't', agency: i % 2 ? 'NPS' : 'CRC', lduCode: 'SW1', officerIds: ['o'] }, officerId: 'o' }, i)
    expect(rows.ratings.length).toBeGreaterThan(0)
    for (const rating of rows.ratings) expect((roshGrid[rating.setting] as readonly string[]).includes(rating.group), `${rating.setting} ${rating.group}`).toBe(true)
  })
})
