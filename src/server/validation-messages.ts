import type { z } from 'zod'

export const validationKeys = [
  'required',
  'tooShort',
  'tooLong',
  'invalid',
  'chooseOption',
  'invalidDateTime',
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
] as const
export type ValidationKey = (typeof validationKeys)[number]

export const isValidationKey = (m: string): m is ValidationKey => (validationKeys as readonly string[]).includes(m)

/** Maps a zod issue to a catalogue key under "validation" (custom messages are keys already). */
export function issueKey(issue: z.core.$ZodIssue): { key: ValidationKey; values?: Record<string, number> } {
  switch (issue.code) {
    case 'too_small':
      return issue.minimum === 1 ? { key: 'required' } : { key: 'tooShort', values: { min: Number(issue.minimum) } }
    case 'too_big':
      return { key: 'tooLong', values: { max: Number(issue.maximum) } }
    case 'custom':
      return isValidationKey(issue.message) ? { key: issue.message } : { key: 'invalid' }
    case 'invalid_value':
      return { key: 'chooseOption' }
    case 'invalid_format':
      return issue.format === 'email' ? { key: 'invalidEmail' } : { key: 'invalid' }
    default:
      return isValidationKey(issue.message) ? { key: issue.message } : { key: 'invalid' }
  }
}
