import 'server-only'
import { redactedRow } from '../redacted-row'

/** What a redacted register row gives in place of the rest: fixed blanks, never read from the nominal. */
const BLANK = { id: null, category: null, leadAgency: null, offender: null } as const

/** The facts of a nominal a reader who may not see the person still gets: what it takes to schedule and hear the case. */
type NominalFacts = { level: number; nextReviewDate: Date; overdue: boolean; mark: 'overdue' | 'leadAgency' | null }
const ALLOWED = ['level', 'nextReviewDate', 'overdue', 'mark'] as const

/**
 * A MAPPA register row about someone the reader may not see (limited access), built from an allow-list (issue 17 item
 * 3, ADR 0023): the level, the next review date and whether it is overdue stay, as the coordinator needs them to
 * schedule and hear the case; the category goes (walk 25 O2, decided by the lead: category 1 says "registered sexual
 * offender", which nobody needs to schedule a review), and so do the nominal's id, lead agency and person.
 * Input: the row's facts as the register computes them. Output: `{ restricted: true }`, those facts and the blanks.
 */
export function redactedNominal<T extends NominalFacts>(n: T) {
  return { ...BLANK, ...redactedRow<NominalFacts, (typeof ALLOWED)[number]>(n, ALLOWED) }
}
