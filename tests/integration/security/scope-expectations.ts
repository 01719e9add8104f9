import { OTHER_TEAM_OFFICER } from './scope-outsiders'

/** Checked by the scope test: every permission of such an action is the system administrator's alone. */
export const ADMIN = 'reference data or accounts kept by administrators, whose scope is the whole system'
/** Checked by the scope test: such an action's input names no record at all (no id field). */
export const OWN = 'the caller’s own setting: there is no one else’s record to reach'

/**
 * The actions with a realistic input but no record whose scope could refuse a holder of the permission (issue 17, the
 * suite; sec19a item 2), each with the reason. The scope test fails if one of them names a person, meeting, circle,
 * referral or volunteer, and checks the ADMIN and OWN reasons. (Re-read in s17 item 3: break-glass names its target
 * record, so it left this list for the refusal test, whose outsider is an officer excluded from the target.)
 */
export const noRecordScope: Readonly<Record<string, string>> = {
  createOffenderAction: 'makes a new person: no record exists yet',
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
      'changeLduOfAuthorityAction', 'createLduAction', 'renameLduAction', 'removeLduAction',
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

// Reviewed in s17 item 2 (docs/decisions/0022). Referring to MAPPA or COSA was narrowed to the write scope; asking for
// minutes was kept at read scope: the request discloses nothing, it is logged and the area's coordinator grants or
// refuses it (domain.md MAPPA: minutes go only to a distribution list; requests for minutes are logged), and the
// colleagues who read the person across the LDU are the ones with a reason to ask (covering a case, a duty visit).
const MINUTES_REQUEST = 'asking for the minutes about a person one reads discloses nothing: the request is logged and the area’s coordinator decides it (domain.md MAPPA, docs/decisions/0022)'
// IOM is managed by the force area's joint police and probation unit and its multi-agency panel, not by the person's
// supervisor (domain.md IOM: selection and de-selection at a multi-agency panel; membership has a police lead and a
// probation lead): so any holder of iom.manage in the region works its cohorts and members (iom-scopes.ts).
const IOM_SHARE = 'IOM is a joint police and probation unit by force area, its members chosen by a multi-agency panel (domain.md IOM; iom-scopes.ts): any officer of the region works its cohorts and members, whoever supervises the person'

/**
 * The outsiders an action's scope deliberately takes in, each with the reason: action name → outsider (scope-outsiders.ts) →
 * why. The scope test skips them for that action; every other outsider must still be refused.
 */
export const inScopeByDesign: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  requestMinutesAction: { [OTHER_TEAM_OFFICER]: MINUTES_REQUEST },
  ...Object.fromEntries(
    ['updateCohortAction', 'changeRagAction', 'recordReviewAction', 'changeStatusAction', 'updateJointPlanAction', 'setArrangementsAction', 'decideCandidateAction'].map((name) => [name, { [OTHER_TEAM_OFFICER]: IOM_SHARE }]),
  ),
}
