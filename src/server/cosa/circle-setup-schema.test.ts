import { describe, expect, it } from 'vitest'
import { ZCircleSetup } from './circles.schemas'

const id = '00000000-0000-4000-8000-000000000000'
const setup = (everyWeeks: string) => ZCircleSetup.safeParse({ circleId: id, version: '1', venue: 'Neuadd', venueRiskAssessedOn: '2026-01-05', weekday: '2', startTime: '19:00', minutes: '90', everyWeeks, startDate: '2027-01-05', plannedEndDate: '2027-12-31' })

// Break 40 D2: the pattern offers weekly, fortnightly or four-weekly; a hand-made "every 3 weeks" was accepted.
describe('how often a circle meets', () => {
  it('takes only what the form offers', () => {
    for (const weeks of ['1', '2', '4']) expect(setup(weeks).success).toBe(true)
    for (const weeks of ['3', '0', '5', 'x']) expect(setup(weeks).error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['everyWeeks', 'chooseOption']])
  })
})
