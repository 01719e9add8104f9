/** The free-text parts of a nominal's record, in the order the meeting takes them (shared by server and client). */
export const textFields = ['informationShared', 'riskAssessment', 'supervision', 'monitoringAndControl', 'interventionsTreatment', 'victimSafetyPlanning', 'contingency', 'dissent'] as const
/** The disclosure decision's free-text parts (issue 16 item 3). */
export const disclosureFields = ['disclosureTo', 'disclosureBy', 'disclosureReason'] as const

/** Every part of a nominal's record as its form holds it, by field name. */
export type ItemFormValues = Record<(typeof textFields)[number] | (typeof disclosureFields)[number] | 'levelDecision' | 'nextReviewDate' | 'disclosureConsidered' | 'disclosureDecision' | 'discussedTime', string>

type StoredItem = { [K in (typeof textFields)[number] | (typeof disclosureFields)[number] | 'levelDecision']: string | null } & {
  nextReviewDate: Date | null
  disclosureConsidered: boolean | null
  disclosureDecision: string | null
  discussedAt: Date | null
}

/**
 * A nominal's record as the run page's form shows it, for the form itself and for a refusal that shows what another
 * screen saved beside what was typed (walk 72 F4). Input: the stored item, a formatter of an instant as London "HH:MM".
 * Output: every field as text, '' for none (a date as YYYY-MM-DD, the disclosure question as yes / no).
 */
export function itemFormValues(item: StoredItem, londonTime: (d: Date) => string): ItemFormValues {
  const text = Object.fromEntries([...textFields, ...disclosureFields, 'levelDecision' as const].map((f) => [f, item[f] ?? '']))
  return {
    ...(text as Record<(typeof textFields)[number] | (typeof disclosureFields)[number] | 'levelDecision', string>),
    nextReviewDate: item.nextReviewDate ? item.nextReviewDate.toISOString().slice(0, 10) : '',
    disclosureConsidered: item.disclosureConsidered === null ? '' : item.disclosureConsidered ? 'yes' : 'no',
    disclosureDecision: item.disclosureDecision ?? '',
    discussedTime: item.discussedAt ? londonTime(item.discussedAt) : '',
  }
}
