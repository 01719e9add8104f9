// Validation catalogue keys of the last COSA items (issue 16, circle dates); their messages sit under "validation"
// in cosa-last.json.
// `newVenueRiskDate`: a changed venue kept the old venue's risk-assessment date (walk 41 F1); `venueRiskTooOld`: a
// risk-assessment date entered now is more than 12 months old (break 43 F4).
// `volunteerAlreadyRecorded`: an enquiry from someone the provider already holds (break 52 F7).
// A date that must fall strictly after another (not the same day) names that other date (walk 66 F2: "after the
// earlier date on the form"): `refresherNotAfterTraining`, `plannedEndNotAfterStart`, `nextSupervisionNotAfterHeld`,
// `nextReviewNotAfterHeld`.
export const cosaLastValidationKeys = [
  'endingNotOpenYet',
  'refresherNotAfterTraining',
  'plannedEndNotAfterStart',
  'nextSupervisionNotAfterHeld',
  'nextReviewNotAfterHeld',
  // A place the coordinator records as confirmed that was confirmed meanwhile (walk 67 F3).
  'placeAlreadyConfirmed', 'volunteerMayNoLongerServe', 'leaveEndBeforeStart', 'outerMemberRemoved', 'newVenueRiskDate', 'venueRiskTooOld', 'volunteerAlreadyRecorded'] as const
