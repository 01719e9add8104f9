// Validation catalogue keys of appointments and the diary (issue 13); their messages sit under "validation" in diary.json.
export const diaryValidationKeys = ['locationRequired', 'staffNotAvailable', 'samePersonClash', 'confirmClashes', 'confirmMoveClashes', 'rescheduleUnchanged'] as const
