// Validation catalogue keys of the MAPPA chair's screens (issue 16 items 1–3); their messages sit under "validation"
// in its catalogue (mappa-chair.json).
export const mappaChairValidationKeys = ['disclosureDetailRequired', 'disclosureWithheldReason', 'endBeforeStart', 'endBeforeStatement', 'endBeforeDiscussedItem', 'meetingCloseMissing', 'confirmOtherLevel', 'confirmPublishOnStatement', 'agendaNotPublished'] as const
