import { z } from 'zod'

export const PAGE_SIZE = 25

export const ZCaseloadQuery = z.object({
  view: z.enum(['mine', 'team']).default('mine'),
  sort: z.enum(['name', 'crn', 'rosh']).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
})
export type TCaseloadQuery = z.infer<typeof ZCaseloadQuery>

export const ZSearchQuery = z.object({
  q: z.string().trim().min(2).max(100),
  page: z.coerce.number().int().min(1).max(1_000).default(1),
})
export type TSearchQuery = z.infer<typeof ZSearchQuery>

export const ZOffenderId = z.uuid()
