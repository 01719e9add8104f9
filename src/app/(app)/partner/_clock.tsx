import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import type { Clock } from '@/server/partners/service-level'

// The state is always written out; the border only repeats it (WCAG 1.4.1: not colour alone).
const tone: Record<Clock['state'], string> = {
  ON_TIME: 'border-green-800',
  NEAR_BREACH: 'border-yellow-600 bg-yellow-50',
  BREACHED: 'border-red-800 bg-red-50',
  MET: 'border-green-800',
  MET_LATE: 'border-gray-700',
}

/** The service-level clock in words, for both sides: the stage, its due day and what is left, or how it was met. */
export async function ServiceLevelClock({ clock }: { clock: Clock | null }) {
  const t = await getTranslations('serviceLevel')
  if (!clock) return <span>{t('none')}</span>
  const formatDate = await getDateFormatter()
  const date = formatDate(new Date(`${clock.dueOn}T00:00:00Z`), 'day')
  const detail =
    clock.stage === 'MET'
      ? t(clock.state === 'MET' ? 'metOnTime' : 'metLate')
      : `${t(clock.stage, { date })} — ${clock.state === 'BREACHED' ? t('overdue') : t('daysLeft', { days: clock.daysLeft })}`
  return (
    <span className={`inline-block border-l-4 pl-2 ${tone[clock.state]}`}>
      <strong>{t(`state.${clock.state}`)}:</strong> {detail}
    </span>
  )
}
