// Validation catalogue keys of the roles area (issue 15 items 15-18); their messages sit under "validation" in roles.json.
export const rolesValidationKeys = ['adminNoCaseWork', 'partnerOutcomeNotFitting', 'iomAreaOutsideRegion', 'roleNotForAgency', 'agencyKindLeavesRoles', 'agencyKindLeavesRolesMore'] as const
