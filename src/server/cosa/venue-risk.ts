import { subYears } from 'date-fns'
import { londonToday } from '../../lib/dates'
import { invalid } from '../errors'

type TVenue = { venue: string | null; venueRiskAssessedOn: Date | null }

/**
 * The venue's risk-assessment date a circle's set-up may save. A new venue is not covered by the old one's
 * assessment (walk 41 F1): its own date, unless `sameVenue` (only the address corrected), else VALIDATION
 * `venueRiskAssessedOn` newVenueRiskDate. A date entered now is from the last 12 months (break 43 F4: 1990 was
 * taken), else VALIDATION `venueRiskAssessedOn` venueRiskTooOld; a date the circle already holds stands.
 * Input: the circle as held, the form's venue and date (a London day at UTC midnight), `sameVenue`. Output: none.
 */
export function refuseVenueRiskDate(held: TVenue, form: { venue: string; venueRiskAssessedOn: Date }, sameVenue: boolean): void {
  const keptDate = held.venueRiskAssessedOn?.getTime() === form.venueRiskAssessedOn.getTime()
  if (held.venue && held.venue !== form.venue && !sameVenue && keptDate) throw invalid('venueRiskAssessedOn', 'newVenueRiskDate')
  if (!keptDate && form.venueRiskAssessedOn < subYears(londonToday(), 1)) throw invalid('venueRiskAssessedOn', 'venueRiskTooOld')
}
