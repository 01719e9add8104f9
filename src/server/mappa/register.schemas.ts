import { z } from 'zod'
import { filterQuery } from '../filter-query'
import { keysetParams } from '../paging/keyset.schemas'
import { blank } from '../zod-fields'
import { wholeNumberIn } from '../zod-numbers'

const choice = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional())

/**
 * The nominals register's filters and paging (issue 16 item 4): level, category, review overdue, review due within N
 * days. A value the form does not offer (hand-edited, `level=9`) is `chooseOption`, so the page says it left that
 * filter out rather than silently showing every nominal (break 51 F6).
 */
export const ZRegisterQuery = filterQuery({
  level: choice(z.enum(['1', '2', '3'], 'chooseOption').transform(Number)),
  category: choice(z.enum(['1', '2', '3', '4'], 'chooseOption').transform(Number)),
  overdue: choice(z.literal('1', 'chooseOption')),
  // Its message names the range, 1 to 365 (walk 40 D3: 999 was told "1 or more").
  dueWithin: z.preprocess(blank, wholeNumberIn(1, 365).optional()),
  ...keysetParams(z.uuid()),
})
export type TRegisterQuery = z.infer<typeof ZRegisterQuery>

/**
 * Whether a nominal's review is overdue: a level 2 or 3 nominal (managed at meetings) whose next review date has
 * passed, London's today; level 1 is reviewed by the lead agency (domain.md "MAPPA"). The overview's "N reviews
 * overdue" counts the same rule (queries.ts), so its link to the register shows exactly those.
 * @param today London's today as a UTC-midnight date (londonToday())
 */
export const isReviewOverdue = (n: { level: number; nextReviewDate: Date }, today: Date) => n.level >= 2 && n.nextReviewDate < today

/** The same rule as a Prisma filter on MappaNominal. */
/**
 * What a nominal's next review date is marked with, the same in the register, the coordinator's home and the overview
 * (re-walk of issue 16, item 6: a level 1 nominal past its date had no mark at all). Past its date, a level 2 or 3
 * nominal is `overdue` (isReviewOverdue: its review falls to a meeting); a level 1 nominal is `leadAgency`: MAPPA
 * guidance has level 1 managed and reviewed by the lead agency alone, with no meeting, so it is not counted overdue
 * but says who reviews it. Not past its date: null. Input: level and next review date, today (London midnight).
 */
export const reviewMark = (n: { level: number; nextReviewDate: Date }, today: Date): 'overdue' | 'leadAgency' | null =>
  n.nextReviewDate >= today ? null : isReviewOverdue(n, today) ? 'overdue' : 'leadAgency'

export const overdueReviewWhere = (today: Date) => ({ level: { gte: 2 }, nextReviewDate: { lt: today } })
