/** The fields that name a person in a heading or a list row: enough to recognise them, nothing of the record. */
export const personHeading = { id: true, crn: true, firstName: true, lastName: true } as const
