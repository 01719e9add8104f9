import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'

/**
 * Says on the record that the user is reading it by break-glass, for which reason and until when (issue 17): both from
 * the record's read. The reason is the one kept, so a second tab's different one can be seen not to be (break 50 F6).
 */
export async function BreakGlassBanner({ until, reason }: { until: Date | null; reason: string | null }) {
  if (!until || reason === null) return null
  const t = await getTranslations('breakGlass')
  const formatDate = await getDateFormatter()
  return (
    <p role="status" className="mb-4 border-l-4 border-error bg-gray-100 p-3 font-bold">
      {t('open', { reason, until: formatDate(until, 'dateTime') })}
    </p>
  )
}
