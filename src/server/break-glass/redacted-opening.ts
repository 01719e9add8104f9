import { redactedRow } from '../redacted-row'

type OpeningFacts = { from: Date; until: Date; user: { name: string; agency: { name: string; nameCy: string | null } } }

/**
 * A break-glass opening of someone the reviewer may not see (limited access), built from an allow-list (issue 17
 * item 3, ADR 0023): when it was opened and until when, and who opened it (their name and agency, rebuilt field by
 * field); no opening or person id, no person and no reason (blanks). Input: the opening as loaded. Output:
 * `{ restricted: true, from, until, user, id: null, person: null, reason: null, activity: null }`.
 */
export function redactedOpening(o: OpeningFacts) {
  return { ...redactedRow(o, ['from', 'until']), user: { name: o.user.name, agency: { name: o.user.agency.name, nameCy: o.user.agency.nameCy } }, id: null, person: null, reason: null, activity: null }
}
