import { z } from 'zod'
import { filterQuery } from '../filter-query'
import { ZTimelineCursor } from '../paging/keyset.schemas'
import { contactTypes } from './contact.schemas'
import { blank, trimmedText } from '../zod-fields'
import { isoDay, daysInOrder } from '../zod-dates'

const day = z.preprocess(blank, isoDay().optional())

/** The type filter's value for court and custody entries: sentence events and further convictions. */
export const COURT = 'COURT'

export const compliance = ['ATTENDED', 'FAILED_TO_ATTEND', 'ACCEPTABLE_ABSENCE', 'ENFORCEMENT'] as const

export const ZTimelineQuery = filterQuery({
  offenderId: z.uuid(),
  // A contact type, or COURT for sentence events and further convictions (court and custody).
  type: z.preprocess(blank, z.enum([...contactTypes, COURT], 'chooseOption').optional()),
  from: day,
  to: day,
  agencyId: z.preprocess(blank, z.uuid('chooseOption').optional()),
  compliance: z.preprocess(blank, z.enum(compliance, 'chooseOption').optional()),
  q: z.preprocess(blank, trimmedText().min(2).max(100).optional()),
  // Keyset pagination: the last entry seen, as "<ISO time>_<id>"; a malformed one is the first page.
  before: z.preprocess(blank, ZTimelineCursor.optional()).catch(undefined),
}).refine((q) => daysInOrder(q.from, q.to), { path: ['to'], message: 'dateOrder' })
export type TTimelineQuery = z.infer<typeof ZTimelineQuery>
