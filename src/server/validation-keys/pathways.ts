// Validation catalogue keys of the pathways area; their messages sit under "validation" in its catalogue (pathways.json).
export const pathwaysValidationKeys = ['declineNoteRequired', 'supportNeedExists'] as const
