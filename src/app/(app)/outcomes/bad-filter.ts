import 'server-only'
import { getTranslations } from 'next-intl/server'
import type { ZodError } from 'zod'
import { badDownloadAddress } from '@/app/_lib/bad-download'

// The address's fields by the labels of the outcomes page (outcome-filters.tsx, the download links): most share the
// label's key; these differ. A bad file format or table was named by its key (break 48 F1).
const renamed: Record<string, string> = { lduId: 'ldu', localAuthorityId: 'localAuthority', agencyId: 'agency', format: 'fileFormat' }
const labelled = new Set(['from', 'to', 'region', 'group', 'by', 'table', ...Object.keys(renamed)])

/** The outcomes page's label of a download address's field, in the reader's language, or undefined if it has none. */
export async function outcomesAddressLabel(): Promise<(field: string) => string | undefined> {
  const t = await getTranslations('outcomes')
  return (field) => (labelled.has(field) ? t((renamed[field] ?? field) as 'from') : undefined)
}

/**
 * A table download or board pack whose address holds a bad filter: 400 naming each bad choice by the form's label, in
 * the reader's language (walk 46: `by=nonsense` gave a blank page). `made` says which file could not be made.
 */
export async function badOutcomesAddress(error: ZodError, made: 'exportBadFilter' | 'packBadFilter'): Promise<Response> {
  const t = await getTranslations('outcomes')
  return badDownloadAddress(error, t(made), await outcomesAddressLabel())
}
