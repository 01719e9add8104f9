import { z } from 'zod'
import { filterQuery } from '../filter-query'
import { keysetParams } from '../paging/keyset.schemas'
import { blank } from '../zod-fields'
import { wholeNumberIn } from '../zod-numbers'
import { actionStatuses } from './mappa.schemas'
import { isoDay, daysInOrder } from '../zod-dates'

/**
 * A choice from a list in the address; anything else (hand-edited, stale) is `chooseOption`, so the page says which
 * filter it left out rather than silently showing the unfiltered list (break 51 F6).
 */
const choice = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional())
const day = z.preprocess(blank, isoDay().optional())

/** How the tracker may be sorted (issue 16 item 6); each is done in the query, with the action id as tie-breaker. */
export const trackerSorts = ['due', 'agency', 'owner', 'status'] as const
export type TrackerSort = (typeof trackerSorts)[number]

/** A meeting's or a review's actions: "meeting:<id>" or "review:<id>". */
export const ZTrackerSource = z.string('chooseOption').regex(/^(meeting|review):[0-9a-f-]{36}$/, 'chooseOption').transform((v) => {
  const [kind, id] = v.split(':') as ['meeting' | 'review', string]
  return { kind, id }
}).pipe(z.object({ kind: z.enum(['meeting', 'review']), id: z.uuid() }))

/**
 * The action tracker's filters, sort and keyset paging, shared by the page and the CSV export (issue 16 item 6).
 * Unknown choices and bad typed values (days, dates) alike give field messages; the page runs without them.
 */
export const ZTrackerQuery = filterQuery({
  status: choice(z.enum(actionStatuses, 'chooseOption')),
  overdue: choice(z.literal('1', 'chooseOption')),
  agency: choice(z.uuid('chooseOption')),
  owner: choice(z.uuid('chooseOption')),
  source: choice(ZTrackerSource),
  // Its message names the range, 1 to 365 (walk 40 D3: 999 was told "1 or more").
  dueWithin: z.preprocess(blank, wholeNumberIn(1, 365).optional()),
  dueFrom: day,
  dueTo: day,
  sort: choice(z.enum(trackerSorts, 'chooseOption')),
  dir: choice(z.enum(['asc', 'desc'], 'chooseOption')),
  ...keysetParams(z.uuid()),
}).refine((q) => daysInOrder(q.dueFrom, q.dueTo), { path: ['dueTo'], message: 'dateOrder' })
export type TTrackerQuery = z.infer<typeof ZTrackerQuery>
