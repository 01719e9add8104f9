import type { getTranslations } from 'next-intl/server'

type TLeft = { leftBecause: 'REMOVED' | 'CIRCLE_WITHDRAWN' | 'CIRCLE_CLOSED' | 'VOLUNTEER_LEFT' | null; leftReason: string | null }

/**
 * Why a volunteer left a circle, in words: what released them (closing, withdrawal, leaving the scheme), then the
 * reason given; a removal by the coordinator is its reason alone (re-walk D10 of issue 16: closing or withdrawing said
 * "None recorded"). Used by the circle's history and the volunteer's own list of circles (walk 20, D15).
 * Input: the translator and the membership. Output: the text, or "None" when nothing was recorded.
 */
export function leftWhy(t: Awaited<ReturnType<typeof getTranslations>>, m: TLeft): string {
  const because = m.leftBecause && m.leftBecause !== 'REMOVED' ? t(`cosaStaffing.history.because.${m.leftBecause}`) : null
  return [because, m.leftReason].filter(Boolean).join(': ') || t('cosa.none')
}
