import { shownCount, shownRatio, withSecondary, type Shown } from './disclosure'

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
 * is nothing to divide by, so the cost is "no participants" rather than withheld — issue 14 item 1). Disclosure
 * control as for every rate (src/lib/outcomes/disclosure.ts): people 1 to 4 withheld, and no cost on fewer than 10
 * people, since amount ÷ cost would give the number of people back. Secondary suppression across the funded periods
 * (issue 14 item 6): when nobody is served in two periods, the periods add up to the whole scheme shown below them,
 * and even when some are, the whole minus the other periods bounds a hidden one from below; so a period withheld
 * alone takes the next smallest served period with it (and that period's cost, which would give its people back).
 */
export function schemeCosts(periods: PeriodServed[]): PeriodCost[] {
  const funded = periods.filter((p) => p.startsOn !== null)
  const fundedShown = withSecondary(funded.map((p) => shownCount(p.served)), funded.map((p) => p.served))
  return periods.map((p) => {
    const served = p.startsOn === null ? shownCount(p.served) : fundedShown[funded.indexOf(p)]!
    if (p.served === 0) return { startsOn: p.startsOn, endsOn: p.endsOn, amountPence: p.amountPence, served, costPerParticipant: null }
    const cost = shownRatio(served, p.served, p.amountPence)
    return { startsOn: p.startsOn, endsOn: p.endsOn, amountPence: p.amountPence, served, costPerParticipant: cost.value === null ? cost : { value: Math.round(cost.value), suppressed: false } }
  })
}
