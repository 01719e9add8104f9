// Validation catalogue keys of the last MAPPA run-page items (issue 16 walk-through items 1–2); their messages sit
// under "validation" in mappa-last.json.
export const mappaLastValidationKeys = [
  'itemChanged',
  'itemAlreadyRecorded',
  'happenedBeforeSetup',
  'happenedBeforeStart',
  'happenedInFuture',
  'happenedAfterEnd',
  'confirmConclude',
  'confirmApprove',
  'deferredNotMoved',
  'agendaFixed',
  'recordedNotDeferred',
  'discussedBeforeStatement',
  'statementAfterDiscussedItem',
  'chairNotPresent',
  'tooFewPresent',
  'minuteTakerRequired',
  'deferReasonRequired',
  'riskAssessmentRequired',
  'actionDescriptionRequired',
] as const
