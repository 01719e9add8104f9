import 'server-only'
import type { MappaActionStatus } from '../../generated/prisma/enums'
import { redactedRow } from '../redacted-row'
import type { TrackedKind } from './tracked-actions'

/** What a redacted action gives in place of the person and what was agreed about them: fixed blanks (ADR 0023). */
const BLANK = { id: null, offenderId: '', offender: { id: '', crn: '', firstName: '', lastName: '' }, description: '', statusNote: null } as const

type ActionFacts = { version: number; status: MappaActionStatus; dueDate: Date; ownerUser: { name: string } | null }
const ALLOWED = ['version', 'status', 'dueDate'] as const

/** Who owns it and at which meeting, rebuilt field by field: the agency, the owner's name, the meeting's level and day. */
const owner = (a: ActionFacts & { ownerAgency: { name: string; nameCy: string | null } }) => ({ ownerAgency: { name: a.ownerAgency.name, nameCy: a.ownerAgency.nameCy }, ownerUser: a.ownerUser && { name: a.ownerUser.name } })
const meetingOf = (m: { id: string; level: number; startsAt: Date }) => ({ id: m.id, level: m.level, startsAt: m.startsAt })

/**
 * A MAPPA action about someone the reader may not see (limited access), on the owner's home page and in the tracker
 * (page and CSV), built from an allow-list (issue 17 item 3, ADR 0023): its status, due date and version, who owns it
 * and at which meeting, copied field by field; the person, the action's and its agenda item's ids, the description and
 * the note are fixed blanks, and a field added to the action later is not copied. Input: the action as loaded and
 * whether it is overdue. Output: `{ restricted: true }`, the facts, the blanks and `overdue`.
 */
export function redactedAction(a: ActionFacts & { ownerAgency: { name: string; nameCy: string | null }; meeting: { id: string; level: number; startsAt: Date } }, overdue: boolean) {
  return { ...BLANK, ...redactedRow(a, ALLOWED), ...owner(a), meeting: meetingOf(a.meeting), overdue }
}

/** A tracker row (a meeting's or a review's action) about someone the reader may not see: as redactedAction, unlinked. */
export function redactedTrackedAction(a: ActionFacts & { kind: TrackedKind; ownerAgency: { id: string; name: string; nameCy: string | null }; meeting: { id: string; level: number; startsAt: Date } | null }, overdue: boolean) {
  return {
    ...BLANK, ...redactedRow(a, [...ALLOWED, 'kind']), ...owner(a), ownerAgency: { id: a.ownerAgency.id, name: a.ownerAgency.name, nameCy: a.ownerAgency.nameCy },
    meeting: a.meeting && meetingOf(a.meeting), review: null, linked: false, overdue,
  }
}

/** The keys each builder gives, for the test that it gives no other. */
export const redactedActionKeys = ['restricted', ...ALLOWED, ...Object.keys(BLANK), 'ownerAgency', 'ownerUser', 'meeting', 'overdue'] as const
export const redactedTrackedActionKeys = [...redactedActionKeys, 'kind', 'review', 'linked'] as const
