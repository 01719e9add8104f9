// Validation catalogue keys of the outcome indicators' filters (issue 14); their messages sit under "validation" in outcomes.json.
export const outcomesValidationKeys = ['invalidQuarter', 'quarterRangeOrder'] as const
