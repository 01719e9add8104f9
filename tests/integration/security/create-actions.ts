/**
 * Every server action that creates a record a second submission would duplicate (a person, a contact, a referral, a
 * MAPPA action, a volunteer's leave…), as opposed to a step on a record that exists (guarded by its version or its
 * state). Each must refuse a submission without a well-formed submission key and save a keyed one once (security.md
 * RL-2, break test 16 D8); create-submission-key.int.test.ts proves it for each name here.
 */
export const createActions = [
  // agencies, users, services, schemes and catalogues
  'createAgencyAction',
  'createUserAction',
  'createServiceAction',
  'createSupportNeedAction',
  'createSchemeAction',
  'createCohortAction',
  'createLduAction',
  // a person's record
  'createOffenderAction',
  'createContactAction',
  'arrangeAppointmentAction',
  'uploadDocumentAction',
  'addObjectiveAction',
  'addRegistrationAction',
  'recordRiskAssessmentAction',
  'recordCircumstancesAction',
  'recordCourtOutcomeAction',
  'recordCustodyEventAction',
  'recordProvenOffenceAction',
  'recordProgressAction',
  'recordIntelligenceAction',
  'recordReviewAction',
  'openBreakGlassAction',
  // a new allocation history row each time, even to the same officer
  'allocateAction',
  'referToPartnerAction',
  'addProgressNoteAction',
  // IOM: a panel decision is a row of the candidate's history
  'decideCandidateAction',
  // MAPPA
  'submitReferralAction',
  'scheduleMeetingAction',
  'addActionAction',
  'addAttendeeAction',
  'requestMinutesAction',
  'openReviewAction',
  'addReviewActionAction',
  // COSA
  'referToCosaAction',
  'recordEnquiryAction',
  'addAvailabilityAction',
  'addLeaveAction',
  'addNonAssociationAction',
  'raiseConcernAction',
  'recordSupervisionAction',
  'submitMinutesAction',
  'addOuterMemberAction',
  'recordCircleReviewAction',
] as const
