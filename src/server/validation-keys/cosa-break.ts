// Validation catalogue keys of the COSA break-test fixes (issue 16, f16c): refusals that name their own cause.
// `dateTimeNotInFuture`: a date and time (a contact's); `notInFuture` is for date-only fields (break test D9).
// Their messages sit under "validation" in cosa-break.json.
export const cosaBreakValidationKeys = [
  'circleClosed',
  'circleNotStartedYet',
  'circleIsEnding',
  'circleAlreadyStarted',
  'cosaReferralPending',
  'cosaCircleOpen',
  'nonAssociationInCircle',
  'nonAssociationOnRota',
  'youWereTakenOff',
  'volunteerAlreadyDeclined',
  'dateTimeNotInFuture',
] as const
