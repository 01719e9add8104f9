// Validation catalogue keys of the COSA gaps a walk-through of issue 16 found; their messages sit under "validation"
// in cosa-gaps.json.
export const cosaGapsValidationKeys = ['alreadyDeclined', 'alreadyTakenOff', 'circleNotEnding', 'circlePlanTooLong', 'endingAfterPlannedEnd', 'endingAlreadyRecorded', 'endingTooFarAhead', 'numberBetween', 'patternTimeSkipped', 'startDateFixed'] as const
