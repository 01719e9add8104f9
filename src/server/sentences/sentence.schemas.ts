import { z } from 'zod'
import type { RequirementKind } from '../../generated/prisma/enums'
import { blank, trimmedText } from '../zod-fields'
import { wholeNumberWithin } from '../zod-numbers'
import { dayNotInFuture } from '../zod-dates'


/** What a requirement's progress is counted in (sentencing practice: unpaid work in hours, RAR in days). */
export const requirementUnit = {
  UNPAID_WORK: 'HOURS',
  ACCREDITED_PROGRAMME: 'SESSIONS',
  REHABILITATION_ACTIVITY: 'DAYS',
  DRUG_TREATMENT: 'SESSIONS',
  ALCOHOL_TREATMENT: 'SESSIONS',
  MENTAL_HEALTH_TREATMENT: 'SESSIONS',
  CURFEW: 'DAYS',
  ELECTRONIC_MONITORING: 'DAYS',
  LICENCE_CONDITION: 'DAYS',
  EXCLUSION: 'DAYS',
  RESIDENCE: 'DAYS',
  PROHIBITED_ACTIVITY: 'DAYS',
} as const satisfies Record<RequirementKind, 'HOURS' | 'SESSIONS' | 'DAYS'>

export const ZRecordProgress = z.object({
  requirementId: z.uuid(),
  // A single unpaid-work day is at most 8 hours in practice; 24 stops typing slips without refusing real entries.
  units: wholeNumberWithin(1, 24, { tooSmall: 'wholeNumber', tooBig: 'numberTooBig' }),
  workedOn: dayNotInFuture().transform((d) => new Date(`${d}T00:00:00Z`)),
  note: z.preprocess(blank, trimmedText().max(500).optional()),
})
