// Validation catalogue keys of the last COSA items (issue 16, circle dates); their messages sit under "validation"
// in cosa-last.json.
export const cosaLastValidationKeys = ['endingNotOpenYet'] as const
