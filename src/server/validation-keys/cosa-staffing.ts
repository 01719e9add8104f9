// Validation catalogue keys of the COSA defects a walk-through of issue 16 found (D5, D8, D9, D10), and the re-walk's
// own messages for the ending and withdrawal reasons (O3), and walk 20's confirmations (D4, D12); their messages sit under "validation" in cosa-staffing.json.
export const cosaStaffingValidationKeys = ['outerMemberTwice', 'endReviewRecorded', 'endingReasonRequired', 'withdrawnReasonRequired', 'removeMemberConfirm', 'withdrawConfirm', 'takeOffConfirm', 'stageReleasesConfirm'] as const
