import type { Permission } from '../../../src/server/policy/permissions'

/** Any signed-in user may call the action; what it touches is limited by record scope or is the user's own. */
export const SIGNED_IN = 'signed-in' as const
/** Anyone, signed in or not, may call the action (it must still write nothing for an anonymous caller). */
export const PUBLIC = 'public' as const

/**
 * Every server action (by export name) → the permissions of src/server/policy/permissions.ts that let a role reach it
 * (any one of them suffices). ONE declaration for the whole suite (issue 17, "the suite that keeps it true"): the
 * discovery test fails for an action that is not declared here, so a new action must say who may call it, and every
 * role holding none of its permissions is then proven unable to make it write.
 */
export const actionPermissions: Record<string, readonly Permission[] | typeof SIGNED_IN | typeof PUBLIC> = {
  // agencies/actions
  createAgencyAction: ['agency.manage'],
  updateAgencyAction: ['agency.manage'],
  // allocation/actions
  allocateAction: ['allocation.manage'],
  decideTransferAction: ['allocation.manage'],
  requestTransferAction: ['allocation.manage'],
  withdrawTransferAction: ['allocation.manage'],
  // appointments/actions
  arrangeAppointmentAction: ['appointment.manage'],
  cancelAppointmentAction: ['appointment.manage'],
  countersignEnforcementAction: ['enforcement.countersign'],
  decideEnforcementAction: ['enforcement.decide'],
  recordOutcomeAction: ['appointment.manage'],
  rescheduleAppointmentAction: ['appointment.manage'],
  // break-glass/actions
  openBreakGlassAction: ['offender.breakGlass'],
  // contacts/actions
  createContactAction: ['contact.create'],
  updateContactAction: ['contact.update'],
  // auth/password-sign-in-action
  signInWithPasswordAction: PUBLIC, // a sign-in, without the page's script (walk 62 F5): a wrong or missing password writes nothing but the throttle's count
  // auth/sign-out-action
  signOutAction: PUBLIC, // ends the caller's own session, if any (break 72 F3): nobody else's
  // auth/sign-in-code-actions
  giveSignInCodeAction: PUBLIC, // only a single sign-on owing its code gets past it (ADR 0016); nobody else writes
  // cosa/actions
  activateCircleAction: ['cosa.manage'],
  addAvailabilityAction: ['cosa.manage', 'cosa.portal'],
  addCircleMemberAction: ['cosa.manage'],
  addLeaveAction: ['cosa.manage', 'cosa.portal'],
  addNonAssociationAction: ['cosa.manage', 'cosa.portal'],
  assignVolunteerAction: ['cosa.manage'],
  changeVolunteerStageAction: ['cosa.manage'],
  decideCosaReferralAction: ['cosa.manage'],
  generateRotaAction: ['cosa.manage'],
  passOnConcernAction: ['cosa.manage'],
  raiseConcernAction: ['cosa.portal'],
  recordConcernOutcomeAction: ['offender.update'],
  recordDbsAction: ['cosa.manage'],
  recordEnquiryAction: ['cosa.manage'],
  recordReferencesAction: ['cosa.manage'],
  recordTrainingAction: ['cosa.manage'],
  referToCosaAction: ['cosa.refer'],
  removeAvailabilityAction: ['cosa.manage', 'cosa.portal'],
  removeCircleMemberAction: ['cosa.manage'],
  removeLeaveAction: ['cosa.manage', 'cosa.portal'],
  respondToAssignmentAction: ['cosa.portal'],
  setCircleLimitAction: ['cosa.manage'],
  setUpCircleAction: ['cosa.manage'],
  unassignVolunteerAction: ['cosa.manage'],
  confirmPlaceForVolunteerAction: ['cosa.manage'],
  // cosa/calendar-actions
  renewCalendarLinkAction: ['cosa.portal'],
  // cosa/circle-life-actions
  addOuterMemberAction: ['cosa.manage'],
  beginCircleEndingAction: ['cosa.manage'],
  cancelCircleMeetingAction: ['cosa.manage'],
  closeCircleAction: ['cosa.manage'],
  recordCircleReviewAction: ['cosa.manage'],
  recordQuestionnaireAction: ['cosa.manage'],
  removeOuterMemberAction: ['cosa.manage'],
  returnCircleToRunningAction: ['cosa.manage'],
  setAgreedGoalsAction: ['cosa.manage'],
  submitMinutesAction: ['cosa.portal'],
  // cosa/supervision-actions
  recordSupervisionAction: ['cosa.manage'],
  // documents/actions
  uploadDocumentAction: ['offender.update'],
  // iom/actions
  changeRagAction: ['iom.manage'],
  changeStatusAction: ['iom.manage'],
  createCohortAction: ['iom.manage'],
  decideCandidateAction: ['iom.manage'],
  recordIntelligenceAction: ['intel.police'],
  recordReviewAction: ['iom.manage'],
  setArrangementsAction: ['iom.manage'],
  updateCohortAction: ['iom.manage'],
  updateJointPlanAction: ['iom.manage'],
  // jobs/actions
  retryJobAction: ['jobs.manage'],
  runJobNowAction: ['jobs.manage'],
  // letters/actions
  updateLetterTemplateAction: ['letter.manage'],
  // limited-access/actions
  addAccessEntryAction: ['offender.restrict'],
  removeAccessEntryAction: ['offender.restrict'],
  liftRestrictionAction: ['offender.restrict'],
  // mappa/actions
  acceptReferralAction: ['mappa.manage'],
  addToAgendaAction: ['mappa.manage'],
  changeLevelAction: ['mappa.manage'],
  deferAgendaItemAction: ['mappa.manage'],
  deferRestrictedItemAction: ['mappa.manage'],
  moveAgendaItemAction: ['mappa.manage'],
  publishAgendaAction: ['mappa.manage'],
  refreshAgendaAction: ['mappa.manage'],
  returnReferralAction: ['mappa.manage'],
  scheduleMeetingAction: ['mappa.manage'],
  submitReferralAction: ['mappa.refer'],
  withdrawMappaReferralAction: ['mappa.refer'],
  // mappa/meeting-actions
  acknowledgeStatementAction: ['mappa.read'],
  addActionAction: ['mappa.read'],
  addAttendeeAction: ['mappa.read'],
  approveMinutesAction: ['mappa.read'],
  decideMinutesRequestAction: ['mappa.manage'],
  markAttendanceAction: ['mappa.read'],
  recordItemAction: ['mappa.read'],
  recordMeetingCloseAction: ['mappa.read'],
  removeAttendeeAction: ['mappa.read'],
  requestMinutesAction: ['mappa.read'],
  saveItemDraftAction: ['mappa.read'],
  updateMappaActionAction: SIGNED_IN, // scope only: the action's owner or the meeting's chair (actionUpdatable)
  // mappa/review-actions
  addReviewActionAction: ['mappa.manage'],
  openReviewAction: ['mappa.manage'],
  updateReviewActionAction: ['mappa.manage'],
  updateReviewFormAction: ['mappa.manage'],
  // offenders/actions
  saveCaseloadViewAction: ['caseload.view'],
  // offenders/create-actions
  createOffenderAction: ['offender.create'],
  // offenders/merge-actions
  mergeOffendersAction: ['offender.merge'],
  // offenders/personal-details-actions
  updatePersonalDetailsAction: ['offender.update'],
  // partners/actions
  addProgressNoteAction: ['partner.work'],
  closeReferralAction: ['partner.work'],
  createServiceAction: ['service.manage'],
  decideReferralAction: ['partner.work'],
  recordAssessmentAction: ['partner.work'],
  recordFirstAppointmentAction: ['partner.work'],
  referToPartnerAction: ['partner.refer'],
  setServiceActiveAction: ['service.manage'],
  startCarePlanAction: ['partner.work'],
  updateServiceAction: ['service.manage'],
  withdrawReferralAction: ['partner.refer'],
  // pathways/actions
  createSupportNeedAction: ['service.manage'],
  setPathwayRestrictionAction: ['pathway.update'],
  setSupportNeedActiveAction: ['service.manage'],
  updatePathwayAction: ['pathway.update'],
  updateSupportNeedAction: ['service.manage'],
  // ldu-mapping/actions
  changeLduOfAuthorityAction: ['ldu.manage'],
  createLduAction: ['ldu.manage'],
  renameLduAction: ['ldu.manage'],
  removeLduAction: ['ldu.manage'],
  // plan/actions
  addObjectiveAction: ['offender.update'],
  updateObjectiveAction: ['offender.update'],
  // risk/actions
  addRegistrationAction: ['risk.update'],
  deregisterAction: ['risk.update'],
  recordRiskAssessmentAction: ['risk.update'],
  reviewRegistrationAction: ['risk.update'],
  saveRiskPlanAction: ['risk.update'],
  // schemes/actions
  createSchemeAction: ['scheme.manage'],
  updateSchemeAction: ['scheme.manage'],
  updateUnitCostAction: ['unitCost.manage'],
  // sentences/actions
  recordCircumstancesAction: ['offender.update'],
  recordCourtOutcomeAction: ['sentence.manage'],
  recordCustodyEventAction: ['sentence.manage'],
  recordProgressAction: ['offender.update'],
  recordProvenOffenceAction: ['conviction.record'],
  terminateSentenceAction: ['sentence.manage'],
  varySentenceAction: ['sentence.manage'],
  // two-step/actions
  confirmTwoStepAction: SIGNED_IN, // the user's own second factor
  disableTwoStepAction: SIGNED_IN, // the user's own second factor
  regenerateRecoveryCodesAction: SIGNED_IN, // the user's own second factor
  resetTwoStepAction: ['user.manage'],
  // users/actions
  createUserAction: ['user.manage'],
  resetPasswordAction: ['user.manage'],
  updateUserAction: ['user.manage'],
  // users/locale-actions
  switchLocaleAction: PUBLIC, // anyone, signed in or not: sets the language cookie, writes a signed-in user's own preference
}
