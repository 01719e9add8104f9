import 'server-only'

/** What a minutes item records about the person: none of it reaches a reader who may not see them. */
const NARRATIVE = {
  informationShared: null, riskAssessment: null, supervision: null, monitoringAndControl: null, interventionsTreatment: null, victimSafetyPlanning: null,
  contingency: null, dissent: null, deferReason: null, disclosureConsidered: null, disclosureTo: null, disclosureBy: null, disclosureReason: null,
  managedLevel: null,
} as const

type AgendaItemLike = { id: string; offenderId: string; nominalId: string | null; referralId: string | null; recordedById: string | null; offender: { id: string; crn: string; firstName: string; lastName: string } }

/**
 * An agenda item about someone the reader may not see (limited access), as every MAPPA view gives it (meeting, run
 * page, minutes and their PDF): its place, reason, status and when it was recorded, and nothing that identifies the
 * person — no name, CRN, person, nominal or referral id (issue 17 defect 6), no record id of theirs, the item's own
 * included, nor who recorded it (issue 17 walk-through D1), and nothing recorded about them (ADR 0023). Pages key it
 * by its position. Input: the item as loaded. Output: the same shape, ids null or blank, narrative null.
 */
export function redactedItem<T extends AgendaItemLike>(i: T): Omit<T, 'id' | keyof typeof NARRATIVE> & { id: null } & typeof NARRATIVE {
  return { ...i, ...NARRATIVE, id: null, offenderId: '', nominalId: null, referralId: null, recordedById: null, offender: { id: '', crn: '', firstName: '', lastName: '' } }
}
