'use server'
import { withStepNotice } from '../posted-notice'
import { redirect } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { formatDate } from '../../lib/format-dates'
import { formStep, pageStep, type FormStepState } from '../action'
import { isAppError } from '../errors'
import type { Actor } from '../policy'
import { addToAgenda, deferAgendaItem, deferRestrictedAgendaItem, moveAgendaItem, publishAgenda, refreshAgenda, scheduleMeeting } from './meetings'
import { changeNominalLevel } from './nominals'
import { acceptReferral, returnReferral, submitReferral, withdrawMappaReferral } from './referrals'
import { creating } from '../submissions/creating'

const mappaPaths = (id: string) => [`/offenders/${id}/mappa`, '/mappa']

export async function submitReferralAction(_prev: FormStepState, form: FormData) {
  return formStep(form, creating(submitReferral), mappaPaths)
}
/** Withdrawing a waiting referral (walk 64 F1): the person's MAPPA page and the coordinator's list are refreshed. */
export async function withdrawMappaReferralAction(_prev: FormStepState, form: FormData) {
  return formStep(form, withdrawMappaReferral, mappaPaths)
}
export async function changeLevelAction(_prev: FormStepState, form: FormData) {
  return formStep(form, changeNominalLevel, mappaPaths)
}

/** A coordinator's step on a referral or meeting: on success the pages that show it are refreshed. */
const coordinatorStep = (form: FormData, operation: (actor: Actor, input: unknown) => Promise<{ id: string }>, paths: (id: string) => string[]) =>
  pageStep(form, operation, ({ id }) => paths(id))

const meetingPaths = (id: string) => [`/mappa/meetings/${id}`, '/mappa']

/**
 * A refusal because the nominal is listed on another open agenda (issue 16, left item 2) also links that meeting,
 * named by level and date in the reader's language, as `details.links` for the form to show under its errors.
 */
async function linkingOtherAgenda(run: (operation: (actor: Actor, input: unknown) => Promise<{ id: string }>) => Promise<FormStepState>, operation: (actor: Actor, input: unknown) => Promise<{ id: string }>) {
  let other: { id: string; level: number; startsAt: Date } | null = null
  const state = await run(async (actor, input) => {
    try {
      return await operation(actor, input)
    } catch (e) {
      if (isAppError(e) && e.details?.otherMeeting) other = e.details.otherMeeting as { id: string; level: number; startsAt: Date }
      throw e
    }
  })
  if (!other || !state || state.ok) return state
  const { id, level, startsAt } = other
  const t = await getTranslations('mappaChair')
  const label = t('otherAgendaLink', { level, when: formatDate(startsAt, 'dateTime', await getLocale()) })
  return { ...state, details: { ...state.details, links: [{ href: `/mappa/meetings/${id}`, label }] } }
}

export async function acceptReferralAction(_prev: FormStepState, form: FormData) {
  const state = await linkingOtherAgenda((op) => coordinatorStep(form, op, () => ['/mappa']), acceptReferral)
  if (state?.ok) redirect(`/mappa/meetings/${(state.data as { meetingId: string }).meetingId}?accepted=1`) // says so (issue 16, MAPPA gaps item 5)
  return state
}
export async function returnReferralAction(_prev: FormStepState, form: FormData) {
  const state = await coordinatorStep(form, returnReferral, () => ['/mappa'])
  if (state?.ok) redirect('/mappa?returned=1')
  return state
}
export async function scheduleMeetingAction(_prev: FormStepState, form: FormData) {
  const state = await coordinatorStep(form, creating(scheduleMeeting), () => ['/mappa'])
  if (state?.ok) {
    // The meeting page counts the due reviews kept elsewhere itself, as it reads them (break 43 F5).
    redirect(`/mappa/meetings/${(state.data as { id: string }).id}?scheduled=1`)
  }
  return state
}
/** "Add reviews now due" says how many it added and how many due reviews stay on another meeting's agenda (walk 37 O7). */
export async function refreshAgendaAction(_prev: FormStepState, form: FormData) {
  const state = await coordinatorStep(form, refreshAgenda, meetingPaths)
  if (!state?.ok || state.notice) return state
  const { listed, elsewhere } = state.data as Awaited<ReturnType<typeof refreshAgenda>>
  return withStepNotice(state, (await getTranslations('mappa'))('refreshedCounts', { listed, elsewhere }))
}
/**
 * Adding a nominal managed at another level than the meeting's answers with a warning to confirm, saying which level
 * they are at and what that level means (issue 16 item 2; MAPPA break test item 1: a level 1 nominal had no warning).
 */
export async function addToAgendaAction(_prev: FormStepState, form: FormData) {
  let other: { level: number; meetingLevel: number; name: string; crn: string } | null = null
  const state = await linkingOtherAgenda((op) => coordinatorStep(form, async (actor, input) => {
    try {
      return await op(actor, input)
    } catch (e) {
      if (isAppError(e) && e.details?.otherLevel) other = e.details.otherLevel as { level: number; meetingLevel: number; name: string; crn: string }
      throw e
    }
  }, meetingPaths), addToAgenda)
  if (!other || !state || state.ok) return state
  const { level, meetingLevel, name, crn } = other
  const t = await getTranslations('mappaChair')
  return { ...state, details: { warnings: [t('otherLevelWarning', { level, meetingLevel, name, crn }), t(`levelMeans.level${level as 1 | 2 | 3}`, { meetingLevel })] } }
}
export async function deferAgendaItemAction(_prev: FormStepState, form: FormData) {
  return coordinatorStep(form, deferAgendaItem, meetingPaths)
}
/** Defers an item about someone the coordinator may not see, by its sealed reference (walk 25 O3). */
export async function deferRestrictedItemAction(_prev: FormStepState, form: FormData) {
  return coordinatorStep(form, deferRestrictedAgendaItem, meetingPaths)
}
export async function moveAgendaItemAction(_prev: FormStepState, form: FormData) {
  return coordinatorStep(form, moveAgendaItem, meetingPaths)
}
export async function publishAgendaAction(_prev: FormStepState, form: FormData) {
  return coordinatorStep(form, publishAgenda, meetingPaths)
}
