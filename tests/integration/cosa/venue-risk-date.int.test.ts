import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { setUpCircle } from '../../../src/server/cosa/circles'
import type { Actor } from '../../../src/server/policy'
import { coordinatorOfNewProvider, inDays, pattern, startedCircle } from './started-circle'

// Walk 41 F1 (issue 16, COSA): a circle's venue changed with the pre-filled date kept, and the page then showed the new
// venue "risk-assessed 23 Sept 2026", the old venue's assessment. A new venue needs its own date, unless the
// coordinator says it is the same place with its address corrected.
let coordinator: Actor
let provider: { id: string }
beforeAll(async () => {
  ;({ provider, coordinator } = await coordinatorOfNewProvider('VENUE41'))
})

const refusal = (p: Promise<unknown>) => p.then(() => 'saved', (e: { fieldErrors?: unknown }) => e.fieldErrors)
const venueOf = async (id: string) => prisma.circle.findUniqueOrThrow({ where: { id }, select: { venue: true, venueRiskAssessedOn: true } })

describe('changing a circle’s venue', () => {
  it('refuses the old venue’s risk-assessment date for a new venue and saves nothing', async () => {
    const { id } = await startedCircle(coordinator, provider)
    const before = await venueOf(id)
    expect(await refusal(setUpCircle(coordinator, { ...(await pattern(id)), venue: 'Canolfan Gymunedol Tŷ Hywel' }))).toEqual({ venueRiskAssessedOn: ['newVenueRiskDate'] })
    expect(await venueOf(id)).toEqual(before)
  })

  it('saves a new venue with its own date, or with "same place" for a corrected address', async () => {
    const { id } = await startedCircle(coordinator, provider)
    expect(await refusal(setUpCircle(coordinator, { ...(await pattern(id)), venue: 'Capel Bethel', venueRiskAssessedOn: inDays(-1) }))).toBe('saved')
    expect(await venueOf(id)).toEqual({ venue: 'Capel Bethel', venueRiskAssessedOn: new Date(`${inDays(-1)}T00:00:00Z`) })
    expect(await refusal(setUpCircle(coordinator, { ...(await pattern(id)), venue: 'Capel Bethel, Stryd Fawr', venueRiskAssessedOn: inDays(-1), sameVenue: 'yes' }))).toBe('saved')
    expect(await venueOf(id)).toEqual({ venue: 'Capel Bethel, Stryd Fawr', venueRiskAssessedOn: new Date(`${inDays(-1)}T00:00:00Z`) })
    // The same venue keeps its date whatever else changes.
    expect(await refusal(setUpCircle(coordinator, { ...(await pattern(id)), venue: 'Capel Bethel, Stryd Fawr', venueRiskAssessedOn: inDays(-1), startTime: '18:30' }))).toBe('saved')
  })

  // Break 43 F4: a new venue was saved "risk-assessed 1 Jan 1990".
  it('takes a newly entered risk-assessment date only from the last 12 months; a date already held stands', async () => {
    const { id } = await startedCircle(coordinator, provider)
    const before = await venueOf(id)
    expect(await refusal(setUpCircle(coordinator, { ...(await pattern(id)), venue: 'Neuadd Goffa', venueRiskAssessedOn: '1990-01-01' }))).toEqual({ venueRiskAssessedOn: ['venueRiskTooOld'] })
    expect(await refusal(setUpCircle(coordinator, { ...(await pattern(id)), venue: 'Neuadd Goffa', venueRiskAssessedOn: inDays(-370) }))).toEqual({ venueRiskAssessedOn: ['venueRiskTooOld'] })
    expect(await venueOf(id)).toEqual(before)
    expect(await refusal(setUpCircle(coordinator, { ...(await pattern(id)), venue: 'Neuadd Goffa', venueRiskAssessedOn: inDays(-330) }))).toBe('saved')
    // Held from before (assessed 14 months ago): saving the pattern again with it is not a new entry.
    await prisma.circle.update({ where: { id }, data: { venueRiskAssessedOn: new Date(`${inDays(-425)}T00:00:00Z`) } })
    expect(await refusal(setUpCircle(coordinator, { ...(await pattern(id)), venue: 'Neuadd Goffa', venueRiskAssessedOn: inDays(-425), startTime: '18:30' }))).toBe('saved')
  })
})
