// Validation catalogue keys of the MAPPA gaps a walk-through of issue 16 found; their messages sit under
// "validation" in mappa-gaps.json.
export const mappaGapsValidationKeys = ['meetingTooLongAgo', 'meetingNotStarted', 'attendanceNotYet', 'recordNotYet', 'endInFuture', 'meetingNotEnded', 'minutesChanged'] as const
