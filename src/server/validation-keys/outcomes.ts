// Validation catalogue keys of the outcome indicators' filters and of commissioned schemes (issue 14); their messages
// sit under "validation" in outcomes.json and outcomes-schemes.json.
export const outcomesValidationKeys = ['invalidQuarter', 'quarterRangeOrder', 'quarterOutOfRange', 'quarterRangeTooLong', 'oneArea', 'areaTwice', 'invalidAmount', 'schemePeriodIncomplete', 'schemePeriodEndBeforeStart', 'schemePeriodsOverlap', 'invalidPriceYear'] as const
