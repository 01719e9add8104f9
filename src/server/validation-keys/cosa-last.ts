// Validation catalogue keys of the last COSA items (issue 16, circle dates); their messages sit under "validation"
// in cosa-last.json.
// `dateAfter`: a date that must fall strictly after another (not the same day), where `dateOrder` allows the same day.
export const cosaLastValidationKeys = ['endingNotOpenYet', 'dateAfter', 'outerMemberRemoved'] as const
