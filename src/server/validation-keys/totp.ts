// Validation catalogue keys of two-step verification (issue 17 TOTP); their messages sit under "validation" in totp.json.
export const totpValidationKeys = ['codeInvalid', 'totpCodeFormat', 'totpCodeRequired', 'twoStepRequired', 'twoStepResetIdentity'] as const
