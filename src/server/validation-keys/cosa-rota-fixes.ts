// Validation catalogue keys of the fixes from the break test of issue 16's COSA rota items; their messages sit
// under "validation" in cosa-rota-fixes.json.
export const cosaRotaFixesValidationKeys = ['meetingStarted', 'declinedCannotConfirm'] as const
