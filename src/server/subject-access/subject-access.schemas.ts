import { z } from 'zod'
import { dayNotInFuture } from '../zod-dates'
import { filterQuery } from '../filter-query'
import { trimmedText } from '../zod-fields'

/** The first day the UK GDPR's subject access rules applied (Data Protection Act 2018, commencement). */
export const SAR_RULES_FROM = '2018-05-25'

/**
 * The request a subject access export answers (issue 17): the organisation's own reference for the request
 * (letters, digits, spaces and / - . only, so it is safe in a file name and an audit row) and the London day it
 * was received, which starts the one-month clock; a request cannot have been received in the future, nor before
 * 25 May 2018, when the UK GDPR and the Data Protection Act 2018 (whose one-month clock this computes) came to apply
 * (break 55 F7: 1900 was taken). Asked for in the
 * address like a filter, so a control character anywhere (a right-to-left override at the end, which trimming would
 * otherwise drop unseen) is refused as in every form (break 48 F2).
 */
export const ZSubjectAccessRequest = filterQuery({
  reference: trimmedText('sarReferenceRequired')
    .min(1, { message: 'sarReferenceRequired', abort: true })
    .max(40, 'tooLong')
    .regex(/^[A-Za-z0-9][A-Za-z0-9 /.-]*$/, 'sarReferenceFormat'),
  receivedOn: z
    .string('sarReceivedRequired')
    .min(1, { message: 'sarReceivedRequired', abort: true })
    .pipe(dayNotInFuture())
    .refine((d) => d >= SAR_RULES_FROM, 'sarReceivedTooEarly'),
})
export type TSubjectAccessRequest = z.infer<typeof ZSubjectAccessRequest>
