// Validation catalogue keys of the subject access export (issue 17); their messages sit under "validation" in
// subject-access.json.
export const subjectAccessValidationKeys = ['sarReferenceRequired', 'sarReferenceFormat', 'sarReceivedRequired', 'sarReceivedTooEarly'] as const
