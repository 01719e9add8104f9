import type { getTranslations } from 'next-intl/server'
import type { RotaConflict } from '@/server/cosa/rota-views'
import { circleInSentence } from '@/server/cosa/circle-name'

type T = Awaited<ReturnType<typeof getTranslations>>

/** One conflict in words: which rule, for whom, and the detail the rule gives (dates, counts, limits). */
export function conflictText(t: T, c: RotaConflict & { volunteerName?: string }, name = c.volunteerName ?? '') {
  // The other meeting in a circle the reader may not see: "another circle's meeting (restricted)" (h17c item 2).
  if (c.otherRestricted) return t('enums.rotaRule.DOUBLE_BOOKED_RESTRICTED', { name })
  return t(`enums.rotaRule.${c.rule}`, { name, count: Number(c.values?.count ?? 0), limit: Number(c.values?.limit ?? 0) })
}

/** Why one volunteer cannot take a place, beside their name (issue 16 item 9): every rule, or "free". */
export function reasonsText(t: T, conflicts: RotaConflict[]) {
  if (!conflicts.length) return t('cosaRota.reason.free')
  return conflicts.map((c) => {
    // Another circle's booking by whose circle it is (walk 25, D4); a restricted one in the words every COSA list
    // uses for it, with nothing more (h17c, ADR 0023).
    if (c.otherRestricted) return t('cosaRota.reason.DOUBLE_BOOKED_FOR', { circle: circleInSentence(t, undefined) })
    if (c.rule === 'DOUBLE_BOOKED' && c.otherCircle) return t('cosaRota.reason.DOUBLE_BOOKED_FOR', { circle: circleInSentence(t, c.otherCircle) })
    return t(`cosaRota.reason.${c.rule}`, { limit: Number(c.values?.limit ?? 0) })
  }).join('; ')
}
