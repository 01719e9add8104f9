// Validation catalogue keys of the partners area; their messages sit under "validation" in its catalogue (partners.json).
export const partnersValidationKeys = [
  'partnerConsentRequired',
  'partnerNotEligible',
  'partnerPathwayNotOffered',
  'partnerNeedNotOfPathway',
  'partnerPriorityNotSubstance',
  'partnerAlreadyReferred',
  'partnerAgeOrder',
  'partnerChoosePathway',
  'partnerChooseRegion',
  'partnerAlreadyDecided',
  'partnerNotAccepted',
  'partnerReferralClosed',
  'partnerBeforeReferral',
  'partnerBeforeAssessment',
  'partnerAssessmentFirst',
] as const
