// Validation catalogue keys of the COSA staffing defects a walk-through of issue 16 found (D5, D8, D9); their
// messages sit under "validation" in cosa-staffing.json.
export const cosaStaffingValidationKeys = ['outerMemberTwice'] as const
