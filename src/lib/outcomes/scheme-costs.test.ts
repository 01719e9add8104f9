import { describe, expect, it } from 'vitest'
import { schemeCosts } from './scheme-costs'

const period = (amountPence: number, served: number) => ({ startsOn: '2025-04-01', endsOn: '2026-03-31', amountPence, served })

describe('cost per participant of a scheme (issue 14 item A)', () => {
  it('divides the amount by the people served, to the penny', () => {
    // £30,000 over 12 people: £2,500 each; £45,000 over 11: £4,090.909… shown as 409,091 pence.
    expect(schemeCosts([period(3_000_000, 12), period(4_500_000, 11)]).map((c) => c.costPerParticipant?.value)).toEqual([250_000, 409_091])
  })

  it('withholds the people and the cost for 1 to 4 people, and the cost alone for 5 to 9, but always shows the amount', () => {
    const [few, some, none] = schemeCosts([period(3_000_000, 3), period(3_000_000, 9), period(3_000_000, 0)])
    expect(few).toMatchObject({ amountPence: 3_000_000, served: { value: null, suppressed: 'small' }, costPerParticipant: { value: null } })
    expect(some).toMatchObject({ served: { value: 9 }, costPerParticipant: { value: null, suppressed: 'base' } })
    // Nobody served (issue 14 item 1): 0 is shown, and there is no cost per person, rather than a withheld one.
    expect(none).toMatchObject({ served: { value: 0, suppressed: false }, costPerParticipant: null })
  })
})
