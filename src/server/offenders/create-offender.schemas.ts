import { z } from 'zod'
import { normalisePnc } from '../../lib/pnc'
import { blank, checkbox, legalName } from '../zod-fields'
import { bornAtLeast } from '../zod-dates'

export const ZCreateOffender = z.object({
  firstName: legalName(),
  lastName: legalName(),
  // No one under the age of criminal responsibility has an offence to manage (break 65 F1, F2).
  dateOfBirth: bornAtLeast(10, 'dateOfBirthUnder10').transform((d) => new Date(`${d}T00:00:00Z`)),
  sex: z.enum(['MALE', 'FEMALE', 'INTERSEX', 'NOT_KNOWN'], 'chooseOption'),
  // Stored in its one normal form, so "24/5497951L" typed here is found (and refused as a duplicate) as 2024/5497951L.
  pncId: z.preprocess(
    blank,
    z.string().max(20).transform((v, ctx) => normalisePnc(v) ?? (ctx.addIssue({ code: 'custom', message: 'invalidPnc' }), z.NEVER)).optional(),
  ),
  preferredLanguage: z.enum(['en', 'cy']).default('en'),
  // The user has seen the likely duplicates and says none is this person.
  confirmedNotDuplicate: checkbox,
  idempotencyKey: z.uuid(),
})
