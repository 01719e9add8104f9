import type { AppointmentType } from '../../generated/prisma/enums'
import { redactedRow } from '../redacted-row'

type EntryFacts = { start: Date; end: Date; durationMinutes: number; type: AppointmentType }

/**
 * A diary entry with someone the viewer may not see (limited access), built from an allow-list (issue 17 item 3, ADR
 * 0023): when, how long, the kind of appointment and its status, so the officer's day still shows they are busy; no
 * appointment or person id, no person and no place (blanks, never read from the appointment). Input: the entry's
 * facts. Output: `{ restricted: true }`, the facts and `{ id: null, location: null, person: null }`.
 */
export function redactedDiaryEntry<S extends string>(e: EntryFacts & { status: S }) {
  return { ...redactedRow<EntryFacts, keyof EntryFacts>(e, ['start', 'end', 'durationMinutes', 'type']), status: e.status, id: null, location: null, person: null }
}
