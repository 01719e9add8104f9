import 'server-only'
import { redactedRow } from '../redacted-row'

/** What a redacted register row gives in place of the rest: fixed blanks, never read from the nominal. */
const BLANK = { id: null, category: null, leadAgency: null, offender: null } as const

/**
 * What every redacted row about a nominal carries, wherever it is shown (the register, an agenda item on the meeting
 * page, the minutes and their PDF): the level and the next review date, as the coordinator needs them to schedule and
 * hear the case (ADR 0023; h17f: the agenda gave neither while the register gave both).
 */
const SCHEDULING = ['level', 'nextReviewDate'] as const
type Scheduling = { level: number; nextReviewDate: Date }

/**
 * A nominal's scheduling facts for a reader who may not see the person, from the allow-list shared with the register
 * row (issue 17 item 3, ADR 0023). Input: the nominal as loaded (anything else it has is not copied). Output:
 * `{ restricted: true, level, nextReviewDate }`.
 */
export function redactedScheduling<T extends Scheduling>(n: T) {
  return redactedRow<Scheduling, (typeof SCHEDULING)[number]>(n, SCHEDULING)
}

/** The facts of a nominal a reader who may not see the person still gets: what it takes to schedule and hear the case. */
type NominalFacts = Scheduling & { overdue: boolean; mark: 'overdue' | 'leadAgency' | null }
const ALLOWED = [...SCHEDULING, 'overdue', 'mark'] as const

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
