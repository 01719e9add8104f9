import { z } from 'zod'
import { filterQuery } from '../filter-query'
import { isoDay } from '../zod-dates'
import { blank } from '../zod-fields'

/**
 * The diary's address: the London day shown (`date`, YYYY-MM-DD; today when absent), `view` (day or week; day when
 * absent) and whose diary (`staff`, a user id; the actor's own when absent). A day that is no real date or a view that
 * is neither is a field message the page shows above today's diary (walk 51 F5: `?date=banana` fell back in silence).
 */
export const ZDiaryQuery = filterQuery({
  date: z.preprocess(blank, isoDay().optional()),
  view: z.preprocess(blank, z.enum(['day', 'week'], 'chooseOption').optional()),
  staff: z.preprocess(blank, z.string().max(80, 'chooseOption').optional()),
})
