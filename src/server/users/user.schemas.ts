import { z } from 'zod'
import { filterQuery } from '../filter-query'
import { keysetParams } from '../paging/keyset.schemas'
import { roles } from '../policy/permissions'
import { mixesAdminWithCaseWork } from '../policy/role-combinations'
import { isCommonPassword, PASSWORD_MAX, PASSWORD_MIN } from '../auth/passwords'
import { searchText, trimmedText } from '../zod-fields'
import { version } from '../zod-numbers'

const asArray = (v: unknown) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v])
const optionalId = z.preprocess((v) => (v === '' ? null : v), z.uuid().nullable().default(null))

// security.md AU-1: length 12-128 and not a common password; no composition rules.
export const ZPassword = z
  .string()
  .min(PASSWORD_MIN)
  .max(PASSWORD_MAX)
  .refine((p) => !isCommonPassword(p), 'passwordCommon')

const userFields = {
  name: trimmedText().min(1).max(120),
  agencyId: z.uuid('chooseOption'),
  teamId: optionalId,
  // An administrator sees no case data, so the role cannot be held with one that does (issue 15 item 18).
  // Each role once (review 66 B1: a repeated role let a hand-made post pass as "no change").
  roles: z.preprocess(asArray, z.array(z.enum(roles)).min(1, 'chooseRole').max(roles.length).transform((r) => [...new Set(r)]).refine((r) => !mixesAdminWithCaseWork(r), 'adminNoCaseWork')),
  locale: z.enum(['en', 'cy']).default('en'),
}

export const ZUserCreate = z.object({
  ...userFields,
  email: trimmedText().toLowerCase().min(1, 'emailRequired').max(254).pipe(z.email()),
  password: ZPassword,
})
export type TUserCreate = z.infer<typeof ZUserCreate>

export const ZUserUpdate = z.object({
  ...userFields,
  userId: z.uuid(),
  version,
  status: z.enum(['ACTIVE', 'DISABLED']),
})
export type TUserUpdate = z.infer<typeof ZUserUpdate>

export const ZPasswordReset = z.object({ userId: z.uuid(), password: ZPassword })

export const ZUserSearch = filterQuery({
  q: searchText().max(100).optional().transform((v) => v || undefined),
  status: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['ACTIVE', 'DISABLED']).optional()),
  ...keysetParams(z.uuid()),
})
