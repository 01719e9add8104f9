// Validation catalogue keys of the last COSA items (issue 16, circle dates); their messages sit under "validation"
// in cosa-last.json.
// `newVenueRiskDate`: a changed venue kept the old venue's risk-assessment date (walk 41 F1).
// `dateAfter`: a date that must fall strictly after another (not the same day), where `dateOrder` allows the same day.
export const cosaLastValidationKeys = ['endingNotOpenYet', 'dateAfter', 'outerMemberRemoved', 'newVenueRiskDate'] as const
