// Validation catalogue keys of the enforcement rules (issue 13); their messages sit under "validation" in
// src/i18n/messages/{en,cy}/enforcement-rules.json.
export const enforcementValidationKeys = ['enforcementOutcomeNotFree', 'appointmentNotFree', 'outcomeNotEditable', 'contactFromFlow', 'noBreachReasonRequired', 'unknownPlaceholder', 'letterNotIssued', 'kindNotForSentence'] as const
