import 'server-only'
import { getLocale, getTranslations } from 'next-intl/server'
import { formatLondonDateTime, formatLondonWeekday } from '../../lib/dates'
import { formStep, type FormStepState } from '../action'
import { isAppError } from '../errors'
import type { Actor } from '../policy'
import type { ClashDetail } from './check-clashes'

type Clashes = { clashes: ClashDetail[]; bankHoliday: string | null }

/**
 * formStep for arranging and rescheduling: when the clash checks refuse, the result also carries `details.warnings`,
 * one sentence per clash (time, minutes, CRN when visible) and the bank holiday, in the user's language and London
 * time, for the form to list above its "arrange anyway" box.
 */
export async function clashStep(form: FormData, operation: (actor: Actor, input: unknown) => Promise<{ offenderId: string }>): Promise<FormStepState> {
  let found: Clashes | null = null
  const state = await formStep(form, async (actor, input) => {
    try {
      return await operation(actor, input)
    } catch (e) {
      if (isAppError(e) && e.details && 'clashes' in e.details) found = e.details as Clashes
      throw e
    }
  }, () => ['/', '/diary'])
  if (!found || !state || state.ok || state.code !== 'VALIDATION') return state
  return { ...state, details: { warnings: await warningsOf(found) } }
}

async function warningsOf({ clashes, bankHoliday }: Clashes): Promise<string[]> {
  const t = await getTranslations('diary.clash')
  const locale = await getLocale()
  const when = (iso: string) => formatLondonDateTime(new Date(iso), locale)
  const lines = clashes.map((c) => (c.crn ? t('withPerson', { when: when(c.at), minutes: c.durationMinutes, crn: c.crn }) : t('restricted', { when: when(c.at), minutes: c.durationMinutes })))
  if (bankHoliday) lines.push(t('bankHoliday', { day: formatLondonWeekday(bankHoliday, locale) }))
  return lines
}
