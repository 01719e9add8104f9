import 'server-only'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import type { FormStepState } from '../action'
import { spokenList } from '@/lib/spoken-list'

type Consequences = { keptOutOfCircle: string[]; chairKeptOutOf?: { startsAt: Date; chairName: string }[] }

/**
 * A saved change of the Limited Access lists says what followed beyond itself, naming whom:
 * - volunteers serving in the person's circle it keeps out (break 28 D6; h17g item 2 of issue 17: a restriction list
 *   kept them out silently; a merge carrying lists likewise), in the sentence `key` under breakGlass.access;
 * - coming MAPPA meetings with the person on the agenda whose chair it keeps out, each "chair on London day at time"
 *   (walk 34 O4: excluding a chair said nothing of the meeting they were to hear the person at).
 * A replayed submission keeps its "already saved" notice. Input: the step's state (its data carries the
 * consequences), the key, and the plain success message's key (for a notice of the meetings alone). Output: the state.
 */
export async function sayWhoIsKeptOut(state: FormStepState, key: 'servesInCircle' | 'removedServesInCircle' | 'mergedServesInCircle', plain?: 'added' | 'removed'): Promise<FormStepState> {
  if (!state?.ok || state.notice) return state
  const { keptOutOfCircle, chairKeptOutOf = [] } = state.data as Consequences
  if (!keptOutOfCircle.length && !chairKeptOutOf.length) return state
  const t = await getTranslations('breakGlass.access')
  const locale = await getLocale()
  const circle = keptOutOfCircle.length ? t(key, { names: spokenList(keptOutOfCircle, locale), count: keptOutOfCircle.length }) : plain ? t(plain === 'added' ? 'added_done' : 'removed') + '.' : ''
  if (!chairKeptOutOf.length) return { ...state, notice: circle }
  const formatDate = await getDateFormatter()
  const meetings = spokenList(chairKeptOutOf.map((m) => t('chairMeeting', { chair: m.chairName, date: formatDate(m.startsAt, 'day'), time: formatDate(m.startsAt, 'time') })), locale)
  return { ...state, notice: [circle, t('chairKeptOut', { meetings, count: chairKeptOutOf.length })].filter(Boolean).join(' ') }
}
