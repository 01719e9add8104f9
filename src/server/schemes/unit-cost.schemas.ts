import { z } from 'zod'
import { OffenceCategory } from '../../generated/prisma/enums'
import { blank } from '../zod-fields'
import { poundsToPence } from './scheme.schemas'

/**
 * An administrator's change to one category's unit cost of crime (issue 14 "IOM"): the amount in pounds (blank: the
 * source does not cost it), where it comes from, and the price year ("2015/16" or "2024"), at the version seen.
 */
export const ZUnitCost = z.object({
  category: z.enum(OffenceCategory, 'chooseOption'),
  version: z.coerce.number().int().min(1),
  cost: z.preprocess(blank, poundsToPence.optional()).transform((v) => v ?? null),
  source: z.string().trim().min(1).max(500),
  priceYear: z.string().trim().regex(/^\d{4}(\/\d{2})?$/, 'invalidPriceYear'),
})
