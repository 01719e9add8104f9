import { shownCount, shownRatio, type Shown } from './disclosure'

/** One funding period of a scheme with the people it served (raw), or the whole scheme (`startsOn` null). */
export type PeriodServed = { startsOn: string | null; endsOn: string | null; amountPence: number; served: number }
/** The same, as it may be shown: the amount is public (what the funder paid); people and cost per person controlled. */
export type PeriodCost = { startsOn: string | null; endsOn: string | null; amountPence: number; served: Shown; costPerParticipant: Shown }

/**
 * Cost per participant of a commissioned scheme (issue 14 item A): each period's amount divided by the people it
 * served, in pence. Disclosure control as for every rate (src/lib/outcomes/disclosure.ts): people 1 to 4 withheld,
 * and no cost on fewer than 10 people, since amount ÷ cost would give the number of people back. Periods are not
 * parts of a total (the same person is served in two years), so there is no secondary suppression between them.
 */
export function schemeCosts(periods: PeriodServed[]): PeriodCost[] {
  return periods.map((p) => {
    const served = shownCount(p.served)
    const cost = shownRatio(served, p.served, p.amountPence)
    return { startsOn: p.startsOn, endsOn: p.endsOn, amountPence: p.amountPence, served, costPerParticipant: cost.suppressed ? cost : { value: Math.round(cost.value), suppressed: false } }
  })
}
