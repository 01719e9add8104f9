// Validation catalogue keys of the LDU and local authority reference data (issue 14); their messages sit under
// "validation" in ldu-mapping.json.
export const lduMappingValidationKeys = ['lduOtherRegion', 'lduCodeTaken', 'lduNameTaken', 'lduRemoveAuthorities', 'lduRemoveTeams', 'lduRemovePeople', 'lduRemoveCohorts', 'lduRemoveHistory'] as const
