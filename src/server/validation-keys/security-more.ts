// Validation catalogue keys of issue 17 items 1-3 (single sign-on, lifting a restriction list); their messages sit
// under "validation" in security-more.json.
export const securityMoreValidationKeys = ['accessNoRestriction'] as const
