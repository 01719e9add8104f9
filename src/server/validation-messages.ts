import type { z } from 'zod'
import { breakGlassValidationKeys } from './validation-keys/break-glass'
import { cosaRotaValidationKeys } from './validation-keys/cosa-rota'
import { cosaRotaFixesValidationKeys } from './validation-keys/cosa-rota-fixes'
import { cosaGapsValidationKeys } from './validation-keys/cosa-gaps'
import { cosaLastValidationKeys } from './validation-keys/cosa-last'
import { cosaStaffingValidationKeys } from './validation-keys/cosa-staffing'
import { cosaBreakValidationKeys } from './validation-keys/cosa-break'
import { diaryValidationKeys } from './validation-keys/diary'
import { enforcementValidationKeys } from './validation-keys/enforcement'
import { iomValidationKeys } from './validation-keys/iom'
import { jobsValidationKeys } from './validation-keys/jobs'
import { lduMappingValidationKeys } from './validation-keys/ldu-mapping'
import { mappaChairValidationKeys } from './validation-keys/mappa-chair'
import { mappaGapsValidationKeys } from './validation-keys/mappa-gaps'
import { mappaLastValidationKeys } from './validation-keys/mappa-last'
import { partnersValidationKeys } from './validation-keys/partners'
import { outcomesValidationKeys } from './validation-keys/outcomes'
import { pathwaysValidationKeys } from './validation-keys/pathways'
import { rolesValidationKeys } from './validation-keys/roles'
import { securityMoreValidationKeys } from './validation-keys/security-more'
import { sentencesValidationKeys } from './validation-keys/sentences'
import { totpValidationKeys } from './validation-keys/totp'
import { subjectAccessValidationKeys } from './validation-keys/subject-access'

export const validationKeys = [
  'required',
  'tooShort',
  'tooLong',
  'invalid',
  'chooseOption',
  'invalidDateTime',
  'nothingChanged',
  'timeNotInLondon',
  'controlCharacters',
  'unreadableCharacters',
  'tooMany',
  'invalidEmail',
  'notInFuture',
  'outcomeNotApplicable',
  'outcomeInFuture',
  'passwordCommon',
  'emailTaken',
  'codeTaken',
  'chooseRole',
  'teamAgencyMismatch',
  'cannotLockOutSelf',
  'codeFormat',
  'dateOrder',
  'dateRequired',
  'dateTimeRequired',
  'emailRequired',
  'invalidDate',
  'dateOutOfRange',
  'reviewWithinYear',
  'mustBeFuture',
  'reasonRequired',
  'appointmentClosed',
  'cannotCancelPast',
  'enforcementState',
  'cannotCountersignOwn',
  'notInPast',
  'mappaLevelCategory',
  'mappaLevelCategoryOnly',
  'alreadyRegistered',
  'officerNotInTeam',
  'transferPending',
  'transferNoLongerPending',
  'referralAlreadyDecided',
  'referralWithdrawnMeanwhile',
  'invalidPhone',
  'invalidPostcode',
  'addressRequired',
  'pathwayWomenOnly',
  'fileRequired',
  'fileTooLarge',
  'fileType',
  'invalidPnc',
  'pncTaken',
  'invalidCrn',
  'mergeNotFound',
  'invalidNumber',
  'percentage',
  'custodyComplete',
  'wholeNumber',
  'notCounted',
  'moreThanOrdered',
  'beforeSentence',
  'numberTooBig',
  'numberTooSmall',
  'agendaEmpty',
  'alreadyPublished',
  'alreadyOnAgenda',
  'onAnotherAgenda',
  'notANominal',
  'level3SeniorChair',
  'chooseAgency',
  'chooseAttendeeAgency',
  'chooseReviewAgency',
  'venueOrOnline',
  'meetingLevel',
  'referralPending',
  'chooseOwner',
  'nameOrAccount',
  'cancelReason',
  'refusalReason',
  'levelDecisionNotPossible',
  'statementNotRead',
  'attendanceUnmarked',
  'itemsUndecided',
  'ownerNotInAgency',
  'alreadyAttending',
  'meetingClosed',
  'alreadyRequested',
  'alreadyOnDistribution',
  'reviewConcluded',
  'lessonsRequired',
  'agencyOwnsAction',
  'under18',
  'dateOfBirthUnder10',
  'invalidDbs',
  'volunteerLeft',
  'sameStage',
  'stageOrder',
  'pauseOnlyServing',
  'referencesNeeded',
  'dbsNeeded',
  'trainingNeeded',
  'mergeSameMeeting',
  'invalidTime',
  'timeOrder',
  'overlapsSlot',
  'crnUnknown',
  'alreadyRecorded',
  'consentRequired',
  'releaseDateRequired',
  'memberNotVetted',
  'nonAssociated',
  'alreadyMember',
  'circleFull',
  'tooManyCircles',
  'circleSize',
  'venueNotAssessed',
  'patternNeeded',
  'circleNotForming',
  'chooseCircle',
  'circleNotReady',
  'notInCircle',
  'rotaHardConflict',
  'overrideNeeded',
  'conflict_DBS_EXPIRED',
  'conflict_TRAINING_INCOMPLETE',
  'conflict_TRAINING_EXPIRED',
  'conflict_NON_ASSOCIATION',
  'conflict_DOUBLE_BOOKED',
  'conflict_UNAVAILABLE',
  'conflict_ON_LEAVE',
  'conflict_TOO_MANY_CIRCLES',
  'conflict_TOO_FEW_VOLUNTEERS',
  'sameResponse',
  'outerCircleRequired',
  'endReviewOnlyEnding',
  'endReviewNeeded',
  'questionnaireNeeded',
  'questionnaireOnlyEnding',
  'alreadyEnding',
  'meetingNotOver',
  'minutesWritten',
  'notAtMeeting',
  'presentMustIncludeYou',
  'meetingHasMinutes',
  'beforeCircleStart',
  'supervisionAfterLeaving',
  ...pathwaysValidationKeys,
  ...partnersValidationKeys,
  ...iomValidationKeys,
  ...enforcementValidationKeys,
  ...diaryValidationKeys,
  ...sentencesValidationKeys,
  ...totpValidationKeys,
  ...rolesValidationKeys,
  ...outcomesValidationKeys,
  ...mappaChairValidationKeys,
  ...mappaGapsValidationKeys,
  ...mappaLastValidationKeys,
  ...cosaRotaValidationKeys,
  ...cosaRotaFixesValidationKeys,
  ...cosaGapsValidationKeys,
  ...cosaLastValidationKeys,
  ...cosaStaffingValidationKeys,
  ...cosaBreakValidationKeys,
  ...breakGlassValidationKeys,
  ...subjectAccessValidationKeys,
  ...jobsValidationKeys,
  ...securityMoreValidationKeys,
  ...lduMappingValidationKeys,
] as const
export type ValidationKey = (typeof validationKeys)[number]

export const isValidationKey = (m: string): m is ValidationKey => (validationKeys as readonly string[]).includes(m)

/** Maps a zod issue to a catalogue key under "validation"; a custom message that is a key wins. */
export function issueKey(issue: z.core.$ZodIssue): { key: ValidationKey; values?: Record<string, number> } {
  // A custom check carries the bound(s) its message names: a range (wholeNumberIn) both ends, a minimum counted in what a
  // reader sees (the break-glass reason) its `min`.
  const bound = (name: 'min' | 'max') => (issue.code === 'custom' && typeof issue.params?.[name] === 'number' ? { [name]: issue.params[name] as number } : {})
  const custom = { ...bound('min'), ...bound('max') }
  const range = Object.keys(custom).length > 0 ? custom : undefined
  const values: Record<string, number> | undefined =
    issue.code === 'too_big' ? { max: Number(issue.maximum) } : issue.code === 'too_small' ? { min: Number(issue.minimum) } : range
  if (isValidationKey(issue.message)) return { key: issue.message, values }
  // "11 offences" is too many entries, not too many characters.
  if (issue.code === 'too_big' && issue.origin === 'array') return { key: 'tooMany', values }
  if ((issue.code === 'too_big' || issue.code === 'too_small') && (issue.origin === 'number' || issue.origin === 'int')) {
    return issue.code === 'too_big' ? { key: 'numberTooBig', values } : { key: 'numberTooSmall', values }
  }
  switch (issue.code) {
    case 'too_small':
      return issue.minimum === 1 ? { key: 'required' } : { key: 'tooShort', values }
    case 'too_big':
      return { key: 'tooLong', values }
    case 'invalid_value':
      return { key: 'chooseOption' }
    case 'invalid_format':
      return issue.format === 'email' ? { key: 'invalidEmail' } : { key: 'invalid' }
    default:
      return { key: 'invalid' }
  }
}
