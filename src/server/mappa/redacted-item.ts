import 'server-only'
import type { MappaAgendaReason, MappaAgendaStatus } from '../../generated/prisma/enums'
import { redactedRow } from '../redacted-row'
import { redactedScheduling } from './redacted-nominal'

/**
 * What a redacted item gives in place of everything else an agenda item has, so pages written for a full item read
 * blanks: no person, CRN, name, item, nominal, referral or recorder id (issue 17 defect 6 and walk-through D1), nothing
 * recorded about the person (narrative, decisions, disclosure), and no nominal or referral details (ADR 0023). Fixed
 * values, never read from the item.
 */
const BLANK = {
  id: null, offenderId: '', nominalId: null, referralId: null, recordedById: null,
  offender: { id: '', crn: '', firstName: '', lastName: '' }, referral: null,
  informationShared: null, riskAssessment: null, supervision: null, monitoringAndControl: null, interventionsTreatment: null, victimSafetyPlanning: null,
  contingency: null, dissent: null, deferReason: null, disclosureConsidered: null, disclosureDecision: null, disclosureTo: null, disclosureBy: null, disclosureReason: null,
  managedLevel: null, levelDecision: null, decidedLevel: null, nextReviewDate: null, discussedAt: null,
} as const

/**
 * The facts of an agenda item a reader who may not see the person still gets: its place, reason, status, when
 * recorded, and its nominal's level and next review date (as the register row gives them; a referral has none).
 */
type AgendaItemFacts = {
  meetingId: string; position: number; reason: MappaAgendaReason; status: MappaAgendaStatus; recordedAt: Date | null
  nominal: { level: number; nextReviewDate: Date } | null
}
const ALLOWED = ['meetingId', 'position', 'reason', 'status', 'recordedAt'] as const

/**
 * An agenda item about someone the reader may not see (limited access), as every MAPPA view gives it (meeting, run
 * page, minutes and their PDF), built from an allow-list (issue 17 item 3): the meeting, its place, reason, status
 * and when it was recorded are copied from the item, and its nominal's level and next review date through the
 * register row's own allow-list (`redactedScheduling`, h17f: the coordinator needs them for workload; not the
 * category, ADR 0023); every other field an item has is a fixed blank (BLANK), and a field added to the item later is
 * not copied at all. Pages key it by its position. Input: the item as loaded, with its nominal's level and next review
 * date. Output: `{ restricted: true }`, the allowed facts, `nominal: { restricted, level, nextReviewDate } | null`
 * and the blanks.
 */
export function redactedItem(i: AgendaItemFacts) {
  return { ...BLANK, ...redactedRow(i, ALLOWED), nominal: i.nominal ? redactedScheduling(i.nominal) : null }
}

/** The keys a redacted item has, for the test that it has no other. */
export const redactedItemKeys = ['restricted', ...ALLOWED, 'nominal', ...Object.keys(BLANK)] as const
