// Validation catalogue keys of the iom area; their messages sit under "validation" in its catalogue (iom.json).
export const iomValidationKeys = [
  'iomCriteriaRequired',
  'iomPanelists',
  'iomAlreadyMember',
  'iomDecidedMeanwhile',
  'iomRagUnchanged',
  'iomMemberClosed',
  'iomSameStatus',
  'iomNextReviewOrder',
  'iomGrading',
] as const
