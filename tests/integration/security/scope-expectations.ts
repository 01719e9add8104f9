import { OTHER_TEAM_OFFICER } from './scope-outsiders'

const ADMIN = 'reference data or accounts kept by administrators, whose scope is the whole system'
const OWN = 'the caller’s own setting: there is no one else’s record to reach'

/**
 * The actions with a realistic input but no record whose scope could refuse a holder of the permission (issue 17, the
 * suite; sec19a item 2), each with the reason. The scope test fails if one of them names a person, meeting, circle,
 * referral or volunteer.
 */
export const noRecordScope: Readonly<Record<string, string>> = {
  createOffenderAction: 'makes a new person: no record exists yet',
  openBreakGlassAction: 'is the opening of a record outside one’s scope, with a reason (break-glass.int.test.ts proves its limits)',
  scheduleMeetingAction: 'makes a new meeting of the caller’s own MAPPA area',
  createCohortAction: 'makes a new cohort of the caller’s own force area',
  recordEnquiryAction: 'makes a new volunteer at the caller’s own provider',
  saveCaseloadViewAction: OWN,
  renewCalendarLinkAction: OWN,
  switchLocaleAction: OWN,
  confirmTwoStepAction: OWN,
  regenerateRecoveryCodesAction: OWN,
  disableTwoStepAction: OWN,
  ...Object.fromEntries(
    [
      'createSchemeAction', 'updateSchemeAction', 'updateAgencyAction', 'updateUserAction', 'resetPasswordAction', 'updateSupportNeedAction', 'setSupportNeedActiveAction',
      'createServiceAction', 'updateServiceAction', 'setServiceActiveAction', 'createAgencyAction', 'createUserAction', 'createSupportNeedAction', 'resetTwoStepAction',
      'retryJobAction', 'runJobNowAction', 'updateLetterTemplateAction', 'updateUnitCostAction',
    ].map((name) => [name, ADMIN]),
  ),
}

/**
 * Actions whose record id is a choice on their form: an out-of-scope id is answered as "not one of the choices" on
 * that field (VALIDATION), which says no more about the record than NOT_FOUND would. Action name → the field.
 */
export const refusedAsChoice: Readonly<Record<string, string>> = {
  // The circles are ticked from the coordinator's own list: another provider's is "not ready" among them.
  generateRotaAction: 'circleIds',
  // The circle is chosen from the volunteer's own circles: any other is "choose an option".
  raiseConcernAction: 'circleId',
}

const READ = 'anyone who may see the person may refer them or ask for the minutes about them: the domain checks read scope (offenderVisible), which reaches the local delivery unit'
const IOM_SHARE = 'IOM is a joint police and probation share by force area (iom-scopes.ts): any officer of the region manages its cohorts and members, whoever supervises the person'

/**
 * The outsiders an action's scope deliberately takes in, each with the reason: action name → outsider (scope-outsiders.ts) →
 * why. The scope test skips them for that action; every other outsider must still be refused.
 */
export const inScopeByDesign: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  referToCosaAction: { [OTHER_TEAM_OFFICER]: READ },
  submitReferralAction: { [OTHER_TEAM_OFFICER]: READ },
  requestMinutesAction: { [OTHER_TEAM_OFFICER]: READ },
  ...Object.fromEntries(
    ['updateCohortAction', 'changeRagAction', 'recordReviewAction', 'changeStatusAction', 'updateJointPlanAction', 'setArrangementsAction', 'decideCandidateAction'].map((name) => [name, { [OTHER_TEAM_OFFICER]: IOM_SHARE }]),
  ),
}
