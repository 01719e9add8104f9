// Validation catalogue keys of the COSA rota and circle dates (issue 16 items 8–11); their messages sit under "validation" in cosa-rota.json.
export const cosaRotaValidationKeys = ['patternTooFew', 'patternConfirm', 'patternWhileEnding', 'droppedOutOfMeeting', 'beforeEndingFrom', 'closeBeforeEndingFrom', 'firstMeetingBeforeStart'] as const
