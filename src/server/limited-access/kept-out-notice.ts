import 'server-only'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import type { FormStepState } from '../action'
import { withStepNotice } from '../posted-notice'
import { spokenList } from '@/lib/spoken-list'

type Consequences = {
  keptOutOfCircle: string[]
  chairKeptOutOf?: { startsAt: Date; chairName: string }[]
  staffKeptOutOf?: { startsAt: Date; staffName: string }[]
}

const NAMED = 5

/** The plain success message under breakGlass.access that opens a notice of meetings or appointments alone. */
const plainKey = { added: 'added_done', removed: 'removed', merged: 'merged_done' } as const

/**
 * A saved change of the Limited Access lists says what followed beyond itself, naming whom:
 * - volunteers serving in the person's circle it keeps out (break 28 D6; h17g item 2 of issue 17: a restriction list
 *   kept them out silently; a merge carrying lists likewise), in the sentence `key` under breakGlass.access;
 * - coming MAPPA meetings with the person on the agenda whose chair it keeps out, each "chair on London day at time"
 *   (walk 34 O4: excluding a chair said nothing of the meeting they were to hear the person at);
 * - the person's coming appointments whose staff member it keeps out, each "staff member on London day at time", and
 *   that they are to be cancelled and arranged again with other staff (break 65 F5: the appointment left the
 *   officer's diary silently, so nobody would attend it).
 * A replayed submission keeps its "already saved" notice. Input: the step's state (its data carries the
 * consequences), the key, and the plain success message's key (for a notice of the meetings or appointments alone).
 * Output: the state.
 */
export async function sayWhoIsKeptOut(state: FormStepState, key: 'servesInCircle' | 'removedServesInCircle' | 'mergedServesInCircle', plain?: 'added' | 'removed' | 'merged'): Promise<FormStepState> {
  if (!state?.ok || state.notice) return state
  const { keptOutOfCircle, chairKeptOutOf = [], staffKeptOutOf = [] } = state.data as Consequences
  if (!keptOutOfCircle.length && !chairKeptOutOf.length && !staffKeptOutOf.length) return state
  const t = await getTranslations('breakGlass.access')
  const locale = await getLocale()
  const circle = keptOutOfCircle.length ? t(key, { names: spokenList(keptOutOfCircle, locale), count: keptOutOfCircle.length }) : plain ? t(plainKey[plain]) + '.' : ''
  if (!chairKeptOutOf.length && !staffKeptOutOf.length) return withStepNotice(state, circle)
  const formatDate = await getDateFormatter()
  const when = (startsAt: Date) => ({ date: formatDate(startsAt, 'day'), time: formatDate(startsAt, 'time') })
  // The first few by name, then how many more, so the sentence saying what to do is never cut off (review 66b B3).
  const some = (items: string[]) => spokenList(items.length > NAMED ? [...items.slice(0, NAMED), t('more', { count: items.length - NAMED })] : items, locale)
  const meetings = some(chairKeptOutOf.map((m) => t('chairMeeting', { chair: m.chairName, ...when(m.startsAt) })))
  const appointments = some(staffKeptOutOf.map((a) => t('staffAppointment', { staff: a.staffName, ...when(a.startsAt) })))
  const sentences = [
    circle,
    chairKeptOutOf.length ? t('chairKeptOut', { meetings, count: chairKeptOutOf.length }) : '',
    staffKeptOutOf.length ? t('staffKeptOut', { appointments, count: staffKeptOutOf.length }) : '',
  ]
  return withStepNotice(state, sentences.filter(Boolean).join(' '))
}
