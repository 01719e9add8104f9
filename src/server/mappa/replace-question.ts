import 'server-only'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import type { ActionResult } from '../action'

/**
 * A refusal to overwrite a recorded nominal becomes the question the chair answers: "This nominal is already recorded
 * at HH:MM by X. Replace its minutes?", London time, in the reader's language (issue 16 walk-through item 1). Input:
 * any action result; one whose details carry `recordedAt` (ISO instant) and `recordedBy` (name or null) gets that
 * message and `details.replace: true`; every other result is returned as it came.
 */
export async function askBeforeReplacing<R extends ActionResult<unknown> | null>(result: R): Promise<R> {
  if (!result || result.ok || result.code !== 'CONFLICT' || typeof result.details?.recordedAt !== 'string') return result
  const t = await getTranslations('mappaLast.replace')
  const formatDate = await getDateFormatter()
  const time = formatDate(new Date(result.details.recordedAt), 'time')
  const by = result.details.recordedBy
  const message = typeof by === 'string' ? t('questionBy', { time, name: by }) : t('question', { time })
  return { ...result, message, details: { ...result.details, replace: true } }
}
