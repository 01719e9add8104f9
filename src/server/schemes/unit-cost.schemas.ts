import { z } from 'zod'
import { OffenceCategory } from '../../generated/prisma/enums'
import { blank, trimmedText } from '../zod-fields'
import { version } from '../zod-numbers'
import { poundsToPence } from './scheme.schemas'

/** Characters a unit cost's source may have; the form's textarea takes as many (COSA break test item 7). */
export const UNIT_COST_SOURCE_MAX = 500

/**
 * An administrator's change to one category's unit cost of crime (issue 14 "IOM"): the amount in pounds (blank: the
 * source does not cost it), where it comes from (in English, and in Welsh if known), and the price year ("2015/16" or "2024"), at the version seen.
 */
export const ZUnitCost = z.object({
  category: z.enum(OffenceCategory, 'chooseOption'),
  version,
  cost: z.preprocess(blank, poundsToPence.optional()).transform((v) => v ?? null),
  source: trimmedText().min(1).max(UNIT_COST_SOURCE_MAX),
  sourceCy: z.preprocess(blank, trimmedText().max(UNIT_COST_SOURCE_MAX).optional()).transform((v) => v ?? null),
  priceYear: trimmedText().regex(/^\d{4}(\/\d{2})?$/, 'invalidPriceYear'),
})
