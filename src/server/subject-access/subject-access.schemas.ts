import { z } from 'zod'
import { todayInLondon } from '../../lib/dates'
import { isoDay } from '../zod-dates'
import { filterQuery } from '../filter-query'
import { trimmedText } from '../zod-fields'

/**
 * The request a subject access export answers (issue 17): the organisation's own reference for the request
 * (letters, digits, spaces and / - . only, so it is safe in a file name and an audit row) and the London day it
 * was received, which starts the one-month clock; a request cannot have been received in the future. Asked for in the
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
    .pipe(isoDay())
    .refine((d) => d <= todayInLondon(), 'notInFuture'),
})
export type TSubjectAccessRequest = z.infer<typeof ZSubjectAccessRequest>
