import 'server-only'
import { getTranslations } from 'next-intl/server'
import type { ZodError } from 'zod'
import { badDownloadAddress } from '@/app/_lib/bad-download'

// The filter's fields by the labels of the outcomes page's form (outcome-filters.tsx).
const labels: Record<string, string> = { from: 'from', to: 'to', region: 'region', lduId: 'ldu', localAuthorityId: 'localAuthority', agencyId: 'agency', group: 'group', by: 'by' }

/**
 * A table download or board pack whose address holds a bad filter: 400 naming each bad choice by the form's label, in
 * the reader's language (walk 46: `by=nonsense` gave a blank page). `made` says which file could not be made.
 */
export async function badOutcomesAddress(error: ZodError, made: 'exportBadFilter' | 'packBadFilter'): Promise<Response> {
  const t = await getTranslations('outcomes')
  return badDownloadAddress(error, t(made), (field) => (labels[field] ? t(labels[field] as 'from') : undefined))
}
