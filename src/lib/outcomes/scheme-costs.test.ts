import { describe, expect, it } from 'vitest'
import { schemeCosts } from './scheme-costs'

const period = (amountPence: number, served: number) => ({ startsOn: '2025-04-01', endsOn: '2026-03-31', amountPence, served })

describe('cost per participant of a scheme (issue 14 item A)', () => {
  it('divides the amount by the people served, to the penny', () => {
    // £30,000 over 12 people: £2,500 each; £45,000 over 11: £4,090.909… shown as 409,091 pence.
    expect(schemeCosts([period(3_000_000, 12), period(4_500_000, 11)]).map((c) => c.costPerParticipant?.value)).toEqual([250_000, 409_091])
  })

  it('withholds the people and the cost for 1 to 4 people, and the cost alone for 5 to 9, but always shows the amount', () => {
    // One period each, so secondary suppression between periods (below) does not come into it.
    const [few, some, none] = [3, 9, 0].map((n) => schemeCosts([period(3_000_000, n)])[0])
    expect(few).toMatchObject({ amountPence: 3_000_000, served: { value: null, suppressed: 'small' }, costPerParticipant: { value: null } })
    expect(some).toMatchObject({ served: { value: 9 }, costPerParticipant: { value: null, suppressed: 'base' } })
    // Nobody served (issue 14 item 1): 0 is shown, and there is no cost per person, rather than a withheld one.
    expect(none).toMatchObject({ served: { value: 0, suppressed: false }, costPerParticipant: null })
  })

  it('withholds a second period with a lone withheld one, so the whole scheme minus the rest does not give it away (issue 14 item 6)', () => {
    const whole = { startsOn: null, endsOn: null, amountPence: 12_000_000, served: 38 }
    const [a, b, c, all] = schemeCosts([period(3_000_000, 3), period(4_500_000, 20), { ...period(4_500_000, 15), startsOn: '2026-04-01' }, whole])
    expect(a!.served).toEqual({ value: null, suppressed: 'small' })
    // 15 is the smallest served period left: withheld with its cost (£45,000 ÷ cost would give the 15 back).
    expect(c!.served).toEqual({ value: null, suppressed: 'secondary' })
    expect(c!.costPerParticipant).toEqual({ value: null, suppressed: 'secondary' })
    expect(b!.served).toEqual({ value: 20, suppressed: false })
    expect(all!.served).toEqual({ value: 38, suppressed: false })
    // Two withheld already, or none: nothing more is withheld; a period with nobody is never the partner.
    expect(schemeCosts([period(1, 3), period(1, 2), period(1, 20), whole]).map((x) => x.served.suppressed)).toEqual(['small', 'small', false, false])
    expect(schemeCosts([period(1, 3), period(1, 0), whole]).map((x) => x.served.suppressed)).toEqual(['small', false, false])
  })
})
