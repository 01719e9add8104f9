import type { getTranslations } from 'next-intl/server'
import type { SentenceEventType, SentenceType } from '@/generated/prisma/enums'

type T = Awaited<ReturnType<typeof getTranslations>>
type Event = { type: SentenceEventType; values: unknown }

/**
 * A sentence history line in the reader's language, from the stored event type and values (never stored English).
 * Used by the sentence's own history and by the person's timeline, so both say the same thing.
 */
export function sentenceEventText(t: T, day: (d: Date) => string, e: Event, sentenceType: SentenceType): string {
  const v = (e.values ?? {}) as Record<string, string>
  const isoDay = (d: string | undefined) => (d ? day(new Date(`${d}T00:00:00Z`)) : '')
  switch (e.type) {
    case 'RECORDED':
      return t('sentences.event.RECORDED', { type: t(`enums.sentenceType.${v.type ?? sentenceType}`), court: v.court ?? '' })
    case 'TERMINATED':
      return t('sentences.event.TERMINATED', { reason: t(`sentences.reason.${v.reason ?? 'COMPLETED'}`) })
    case 'EXTENDED':
      return t('sentences.event.EXTENDED', { months: Number(v.months ?? 0), date: isoDay(v.endDate) })
    case 'RELEASED':
      return t('sentences.event.RELEASED', { releaseType: t(`sentences.releaseType.${v.releaseType ?? 'AUTOMATIC'}`), date: isoDay(v.on) })
    case 'RECALLED':
      return t('sentences.event.RECALLED', { recallType: t(`sentences.recallType.${v.recallType ?? 'STANDARD'}`), date: isoDay(v.on), reason: v.reason ?? '' })
    case 'RETURNED_TO_CUSTODY':
      return t('sentences.event.RETURNED_TO_CUSTODY', { date: isoDay(v.on) })
    default:
      return t(`sentences.event.${e.type}`, { kind: v.kind ? t(`enums.requirement.${v.kind}`) : '' })
  }
}
