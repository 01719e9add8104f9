import { shownCount, shownRatio, type Shown } from './disclosure'

/** One funding period of a scheme with the people it served (raw), or the whole scheme (`startsOn` null). */
export type PeriodServed = { startsOn: string | null; endsOn: string | null; amountPence: number; served: number }
/**
 * The same, as it may be shown: the amount is public (what the funder paid); people and cost per person controlled.
 * `costPerParticipant` is null when the period served nobody: there is no cost per person to show or to withhold.
 */
export type PeriodCost = { startsOn: string | null; endsOn: string | null; amountPence: number; served: Shown; costPerParticipant: Shown | null }

/**
 * Cost per participant of a commissioned scheme (issue 14 item A): each period's amount divided by the people it
 * served, in pence; null for a period that served nobody (0 people is not a small count: it is shown, and there
 * is nothing to divide by, so the cost is "no participants" rather than withheld — issue 14 item 1). Disclosure control as for every rate (src/lib/outcomes/disclosure.ts): people 1 to 4 withheld,
 * and no cost on fewer than 10 people, since amount ÷ cost would give the number of people back. Periods are not
 * parts of a total (the same person is served in two years), so there is no secondary suppression between them.
 */
export function schemeCosts(periods: PeriodServed[]): PeriodCost[] {
  return periods.map((p) => {
    const served = shownCount(p.served)
    if (p.served === 0) return { startsOn: p.startsOn, endsOn: p.endsOn, amountPence: p.amountPence, served, costPerParticipant: null }
    const cost = shownRatio(served, p.served, p.amountPence)
    return { startsOn: p.startsOn, endsOn: p.endsOn, amountPence: p.amountPence, served, costPerParticipant: cost.suppressed ? cost : { value: Math.round(cost.value), suppressed: false } }
  })
}
