/** The free-text parts of a nominal's record, in the order the meeting takes them (shared by server and client). */
export const textFields = ['informationShared', 'riskAssessment', 'supervision', 'monitoringAndControl', 'interventionsTreatment', 'victimSafetyPlanning', 'contingency', 'dissent'] as const
/** The disclosure decision's free-text parts (issue 16 item 3). */
export const disclosureFields = ['disclosureTo', 'disclosureBy', 'disclosureReason'] as const
