// Validation catalogue keys of issue 17 items 1-3 (single sign-on, lifting a restriction list) and of a create sent
// without its submission key (break test 16, D8), and of an upload's file name (break 17 F1, F4, F7); their messages
// sit under "validation" in security-more.json (a name with nothing to read before its type: retest break 64 F2). And the same contact or upload sent again from another tab (break 17 F5), and a
// field repeated in an address (break 50 F5), and a name with symbols or stacked accents (break 51 F7), and a form's
// version that is no version (break 61 F7).
export const securityMoreValidationKeys = ['accessNoRestriction', 'submissionKeyMissing', 'fileNameControlCharacters', 'fileNameTooLong', 'fileNameBlank', 'contactAlreadySaved', 'documentAlreadyUploaded', 'repeatedInAddress', 'nameCharacters', 'formVersionUnreadable'] as const
