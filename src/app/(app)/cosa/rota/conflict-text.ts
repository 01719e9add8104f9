import type { getTranslations } from 'next-intl/server'
import type { RotaConflict } from '@/server/cosa/rota-views'

type T = Awaited<ReturnType<typeof getTranslations>>

/** One conflict in words: which rule, for whom, and the detail the rule gives (dates, counts, limits). */
export function conflictText(t: T, c: RotaConflict & { volunteerName?: string }, name = c.volunteerName ?? '') {
  return t(`enums.rotaRule.${c.rule}`, { name, count: Number(c.values?.count ?? 0), limit: Number(c.values?.limit ?? 0) })
}

/** Why one volunteer cannot take a place, beside their name (issue 16 item 9): every rule, or "free". */
export function reasonsText(t: T, conflicts: RotaConflict[]) {
  if (!conflicts.length) return t('cosaRota.reason.free')
  return conflicts.map((c) => (c.rule === 'DOUBLE_BOOKED' && c.otherCircle ? t('cosaRota.reason.DOUBLE_BOOKED_FOR', { circle: c.otherCircle.name ? t('cosaBreak.circleOf', { name: c.otherCircle.name, crn: c.otherCircle.crn }) : t('cosaBreak.anotherCircle') }) : t(`cosaRota.reason.${c.rule}`, { limit: Number(c.values?.limit ?? 0) }))).join('; ')
}
