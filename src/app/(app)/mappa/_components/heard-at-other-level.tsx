import { getTranslations } from 'next-intl/server'

/**
 * "Managed at level 3, heard at this level 2 meeting": the mark of an agenda item whose nominal was managed at another
 * level when added (walk 20, D8), on the agenda, the run page and the minutes. Nothing for an item at the meeting's
 * level or a restricted one (ADR 0023: its row says nothing about the person).
 */
export async function HeardAtOtherLevel({ item, meetingLevel, className = 'font-bold' }: { item: { managedLevel: number | null; restricted: boolean }; meetingLevel: number; className?: string }) {
  if (item.restricted || item.managedLevel === null || item.managedLevel === meetingLevel) return null
  const t = await getTranslations('mappaChair')
  return <p className={className}>{t('heardAtOtherLevel', { level: item.managedLevel, meetingLevel })}</p>
}
