import { z } from 'zod'
import { todayInLondon } from '../../lib/dates'

const PNC = /^\d{2,4}\/\d{1,7}[A-Z]$/i

export const ZCreateOffender = z.object({
  firstName: z.string().trim().min(1).max(80),
  lastName: z.string().trim().min(1).max(80),
  dateOfBirth: z.iso
    .date('invalidDate')
    .refine((d) => d < todayInLondon() && d > '1900-01-01', 'invalidDate')
    .transform((d) => new Date(`${d}T00:00:00Z`)),
  sex: z.enum(['MALE', 'FEMALE', 'INTERSEX', 'NOT_KNOWN'], 'chooseOption'),
  pncId: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().toUpperCase().regex(PNC, 'invalidPnc').optional()),
  preferredLanguage: z.enum(['en', 'cy']).default('en'),
  // The user has seen the likely duplicates and says none is this person.
  confirmedNotDuplicate: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
  idempotencyKey: z.uuid(),
})
