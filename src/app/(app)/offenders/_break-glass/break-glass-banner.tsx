import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'

/** Says on the record that the user is reading it by break-glass, and until when (issue 17): `until` from the record's read. */
export async function BreakGlassBanner({ until }: { until: Date | null }) {
  if (!until) return null
  const t = await getTranslations('breakGlass')
  const formatDate = await getDateFormatter()
  return (
    <p role="status" className="mb-4 border-l-4 border-error bg-gray-100 p-3 font-bold">
      {t('open', { until: formatDate(until, 'dateTime') })}
    </p>
  )
}
