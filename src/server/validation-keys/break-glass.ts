// Validation catalogue keys of break-glass and the Limited Access lists (issue 17); their messages sit under
// "validation" in break-glass.json.
export const breakGlassValidationKeys = [
  'breakGlassReasonRequired',
  'breakGlassReasonShort',
  'breakGlassReasonWords',
  'breakGlassOpenedAlready',
  'accessChooseUser',
  'accessExcludeManager',
  'accessExcludeSelf',
  'accessAlreadyListed',
  'accessOnExclusionList',
  'accessOnRestrictionList',
  'accessKeepOnRestriction',
  'accessAlreadyRemoved',
  'accessExcludedAssignee',
  'mergeManagerExcluded',
  'assigneeNotOffered',
  'referralForAnotherCoordinator',
] as const
