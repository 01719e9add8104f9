import { withStepNotice } from '../posted-notice'
import 'server-only'
import { circleInSentence } from './circle-name'
import { getLocale, getTranslations } from 'next-intl/server'
import { afterOn } from '../../lib/format-dates'
import { getDateFormatter } from '../../i18n/date-formatter'
import { pageStep, type FormStepState } from '../action'
import { isAppError } from '../errors'
import type { Actor } from '../policy'
import type { TPatternFit, TPatternRule } from './circle-pattern'
import type { TRotaCoreMember } from './rota-core-members'
import { MIN_VOLUNTEERS } from './rota-rules'

/** What setUpCircle answers: the circle, its first meeting under the pattern (YYYY-MM-DD), meetings cancelled. */
type TPatternSaved = { id: string; firstMeeting?: string; cancelled?: number }
/** What setUpCircle's refusal says a change would cancel: meetings still to come, confirmed places on them. */
type TPatternCancels = { meetings: number; confirmations: number; unconfirmed: number }

/**
 * pageStep for setting a circle's pattern: when fewer than two of the inner circle can make it, the result also
 * carries `details.warnings` in the user's language — how many can, and each who cannot with why — for the form to
 * list beside its refusal or its "keep this pattern" box (issue 16 item 8). Once saved, the confirmation names the
 * first meeting's date (gap 4) and how many meetings of the old pattern were cancelled (gap 2).
 */
export async function patternStep(form: FormData, operation: (actor: Actor, input: unknown) => Promise<TPatternSaved>): Promise<FormStepState> {
  let fit: TPatternFit | null = null
  let cancels: TPatternCancels | null = null
  const state = await pageStep(form, async (actor, input) => {
    try {
      return await operation(actor, input)
    } catch (e) {
      if (isAppError(e) && e.details && 'patternFit' in e.details) fit = e.details.patternFit as TPatternFit
      if (isAppError(e) && e.details && 'patternCancels' in e.details) cancels = e.details.patternCancels as TPatternCancels
      throw e
    }
  }, ({ id }) => [`/cosa/circles/${id}`, '/cosa'])
  // A replayed submission keeps its "already saved" notice.
  if (state?.ok) return state.notice ? state : withStepNotice(state, await savedNotice(state.data as TPatternSaved))
  if (!state || state.code !== 'VALIDATION') return state
  // The box beside the refusal names what it is about (issue 16, left item 4: a running circle refused for its
  // volunteers showed the "Meetings will be cancelled" box; a tick there could not help).
  // Meetings the change would cancel: how many, and how many confirmations, before the coordinator agrees (fix16a item 2).
  if (cancels) {
    const t = await getTranslations('cosaGaps.pattern')
    return { ...state, details: { warnings: [t('willCancel', cancels)], confirmTitle: t('cancelTitle'), confirmLabel: t('cancelConfirm'), confirmHint: t('cancelConfirmHint') } }
  }
  if (!fit) return state
  const t = await getTranslations('cosaRota.pattern')
  // Only a forming circle is asked to keep it anyway; a running one is refused, and its hint says what to do instead
  // (break test of issue 16, D5: an Active circle was told "The circle is still forming").
  const hint = state.fieldErrors?.confirm?.length ? t('confirmHint') : t('runningHint')
  return { ...state, details: { warnings: await patternWarnings(fit), confirmTitle: t('warningTitle'), confirmLabel: t('confirm'), confirmHint: hint } }
}

/** "Saved. The first meeting under this pattern is on Tuesday, 8 Dec 2026." and the count of cancelled meetings. */
async function savedNotice({ firstMeeting, cancelled = 0 }: TPatternSaved): Promise<string | undefined> {
  if (!firstMeeting) return undefined
  const t = await getTranslations('cosaGaps.pattern')
  const formatDate = await getDateFormatter()
  return [t('saved', { date: afterOn(formatDate(new Date(`${firstMeeting}T00:00:00Z`), 'dayWeekday'), await getLocale()) }), t('cancelled', { count: cancelled })].filter(Boolean).join(' ')
}

/**
 * What the form and the circle page say of a pattern's fit, in the user's language: the count ("N of M can make
 * it"), one line per volunteer who cannot with each rule in words, one per volunteer shared with a circle meeting at
 * that time (counted as able to come: the rota shares them, break test D4), one per such volunteer already booked
 * by the other circle on some of the pattern's dates (walk 25 D4), and, when sharing leaves fewer than two
 * for this circle each week, how many the rota could place.
 */
export async function patternLines(fit: TPatternFit): Promise<{ count: string; cannot: string[]; shared: string[]; booked: string[]; short: string | null }> {
  const t = await getTranslations()
  const said = (rule: TPatternRule, name: string) =>
    rule === 'PAUSED' ? t('cosaStaffing.pattern.paused', { name }) : rule === 'KEPT_OUT' ? t('cosaStaffing.pattern.keptOut', { name }) : t(`enums.rotaRule.${rule}`, { name, count: 0, limit: 0 })
  const circleName = (c: TRotaCoreMember) => circleInSentence(t, c)
  return {
    count: t('cosaRota.pattern.canMake', { canMake: fit.canMake, of: fit.of }),
    // One entry per volunteer, named once: each sentence begins "{name}: ", kept on the first only (walk 25, D6).
    cannot: fit.volunteers.filter((v) => v.rules.length).map((v) => v.rules.map((rule, i) => (i ? said(rule, v.firstName).replace(`${v.firstName}: `, '') : said(rule, v.firstName))).join('; ')),
    shared: fit.volunteers.filter((v) => v.sharedWith.length).map((v) => t('cosaBreak.sharedWith', { name: v.firstName, circles: v.sharedWith.map(circleName).join('; ') })),
    // A shared volunteer the count relies on, already booked by the other circle on some dates: the rota keeps that
    // booking, so those dates may be short (walk 25 D4). The other circle is named only where the reader may see it
    // (circleInSentence: the words every COSA list uses for a restricted one).
    booked: fit.booked.map((b) => t('cosaBreak.bookedElsewhere', { name: b.firstName, circle: circleName(b.circle), dates: b.dates })),
    short: fit.placeable < Math.min(MIN_VOLUNTEERS, fit.canMake) ? t('cosaBreak.sharedShort', { placeable: fit.placeable }) : null,
  }
}

/** patternLines as one list: the count, who cannot and why, who is shared, and what sharing leaves. */
export async function patternWarnings(fit: TPatternFit): Promise<string[]> {
  const { count, cannot, shared, booked, short } = await patternLines(fit)
  return [count, ...cannot, ...shared, ...booked, ...(short ? [short] : [])]
}
