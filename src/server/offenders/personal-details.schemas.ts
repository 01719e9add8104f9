import { z } from 'zod'
import { blankToNull, checkbox, trimmedText } from '../zod-fields'
import { version } from '../zod-numbers'

const optional = (max: number) => z.preprocess(blankToNull, trimmedText().max(max).nullable())
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i

/** The details an offender manager keeps up to date (identity itself comes from court and police systems). */
export const ZPersonalDetails = z
  .object({
    offenderId: z.uuid(),
    version,
    preferredLanguage: z.enum(['en', 'cy'], 'chooseOption'),
    phone: z.preprocess(blankToNull, trimmedText().max(30).regex(/^[0-9 +()-]{6,30}$/, 'invalidPhone').nullable()),
    noFixedAbode: checkbox,
    addressLine1: optional(120),
    addressLine2: optional(120),
    town: optional(80),
    postcode: z.preprocess(blankToNull, trimmedText().toUpperCase().regex(POSTCODE, 'invalidPostcode').nullable()),
    localAuthorityId: z.preprocess(blankToNull, z.uuid('chooseOption').nullable()),
    genderIdentity: optional(80),
    ethnicity: optional(80),
    nationality: optional(80),
    disabilities: optional(500),
    isVeteran: checkbox,
  })
  // An address needs at least a first line and a postcode, unless the person has no fixed abode.
  .refine((d) => d.noFixedAbode || (d.addressLine1 && d.postcode), { path: ['addressLine1'], message: 'addressRequired' })

export const personalDetailFields = ['preferredLanguage', 'phone', 'noFixedAbode', 'addressLine1', 'addressLine2', 'town', 'postcode', 'localAuthorityId', 'genderIdentity', 'ethnicity', 'nationality', 'disabilities', 'isVeteran'] as const
