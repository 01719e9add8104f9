import 'server-only'
import { getLocale, getTranslations } from 'next-intl/server'
import type { FormStepState } from '../action'

/**
 * A saved change that keeps volunteers serving in the person's circle out says so, naming them, and what followed
 * (break 28 D6; h17g item 2 of issue 17: a restriction list kept them out silently; a merge carrying lists likewise).
 * A replayed submission keeps its "already saved" notice. Input: the step's state (its data carries
 * `keptOutOfCircle`, names), the message key under breakGlass.access. Output: the state, with the notice.
 */
export async function sayWhoIsKeptOut(state: FormStepState, key: 'servesInCircle' | 'removedServesInCircle' | 'mergedServesInCircle'): Promise<FormStepState> {
  if (!state?.ok || state.notice) return state
  const { keptOutOfCircle } = state.data as { keptOutOfCircle: string[] }
  if (!keptOutOfCircle.length) return state
  const names = new Intl.ListFormat(await getLocale(), { type: 'conjunction' }).format(keptOutOfCircle)
  return { ...state, notice: (await getTranslations('breakGlass.access'))(key, { names, count: keptOutOfCircle.length }) }
}
