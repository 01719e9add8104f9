'use server'
import { withStepNotice } from '../posted-notice'
import { redirect } from 'next/navigation'
import { circleInSentence } from './circle-name'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '../../i18n/date-formatter'
import { fieldOf, formStep, pageStep, type FormStepState } from '../action'
import type { Actor } from '../policy'
import { patternStep } from './circle-pattern-step'
import { lifeStepDone } from './life-step-done'
import { activateCircle, addCircleMember, removeCircleMember, setUpCircle } from './circles'
import { passOnConcern, raiseConcern, recordConcernOutcome } from './concerns'
import { respondToAssignment } from './portal'
import { decideCosaReferral, referToCosa } from './referrals'
import { assignVolunteer, generateRota, unassignVolunteer } from './rota'
import { confirmPlaceForVolunteer } from './rota-confirm'
import { addAvailability, addLeave, addNonAssociation, removeAvailability, removeLeave } from './volunteer-availability'
import { changeVolunteerStage, recordDbs, recordEnquiry, recordReferences, recordTraining, setCircleLimit } from './volunteers'
import { creating } from '../submissions/creating'
import { refusalDetail } from './refusal-details'
import { rotaCoreMembers } from './rota-core-members'
import { requireActor } from '../session'
import { volunteerStepDone } from './volunteer-step-done'

/** A step on a volunteer's record: on success their page and the volunteer list are refreshed. */
const volunteerStep = (form: FormData, operation: (actor: Actor, input: unknown) => Promise<{ id: string }>) =>
  pageStep(form, operation, ({ id }) => [`/cosa/volunteers/${id}`, '/cosa', '/'])

export async function recordEnquiryAction(_prev: FormStepState, form: FormData) {
  const state = await volunteerStep(form, creating(recordEnquiry))
  if (state?.ok) redirect(`/cosa/volunteers/${(state.data as { id: string }).id}?saved=1`)
  return state
}
/**
 * Says what leaving or pausing changed: the circles they left and their places released (f16c item 7), on the page it
 * returns to, as "Left" hides the stage form with its message (walk 20, D3). A replayed submission keeps its notice.
 * Before that, a volunteer with places to come is asked to confirm, with the meetings listed.
 */
export async function changeVolunteerStageAction(_prev: FormStepState, form: FormData) {
  const step = refusalDetail<{ name: string; stage: string; meetings: string[]; circles: string[] }, Awaited<ReturnType<typeof changeVolunteerStage>>>('stageReleases', changeVolunteerStage)
  const state = await volunteerStep(form, step.operation)
  const releases = step.seen()
  // Pausing or leaving with places to come is asked first, listing the meetings (break test of issue 16, D2).
  if (releases && state?.ok === false) {
    const t = await getTranslations()
    const formatDate = await getDateFormatter()
    // Each row names whose circle it is (walk 23, D4), by the one Limited Access rule (rotaCoreMembers, ADR 0023).
    const circles = await rotaCoreMembers(await requireActor(), releases.circles)
    const circleName = (id: string) => circleInSentence(t, circles.get(id))
    const meetings = releases.meetings.map((at, i) => t('cosaStaffing.stageRelease.meeting', { circle: circleName(releases.circles[i]!), when: formatDate(new Date(at), 'fullDateTime') }))
    return { ...state, details: { warnings: [t('cosaStaffing.stageRelease.means', { name: releases.name, stage: releases.stage, count: meetings.length }), ...meetings, t('cosaStaffing.stageRelease.notRestored')] } }
  }
  if (!state?.ok || state.notice) return state
  const changed = state.data as { id: string; circlesLeft: number; placesReleased: number }
  redirect(volunteerStepDone(changed.id, 'stageChanged', changed))
}
export async function recordDbsAction(_prev: FormStepState, form: FormData) {
  return volunteerStep(form, recordDbs)
}
export async function recordTrainingAction(_prev: FormStepState, form: FormData) {
  return volunteerStep(form, recordTraining)
}
export async function recordReferencesAction(_prev: FormStepState, form: FormData) {
  return volunteerStep(form, recordReferences)
}
export async function setCircleLimitAction(_prev: FormStepState, form: FormData) {
  return volunteerStep(form, setCircleLimit)
}
export async function addAvailabilityAction(_prev: FormStepState, form: FormData) {
  return volunteerStep(form, creating(addAvailability))
}
/** The removed window's row takes its form with it, so the page it returns to says so (walk 20, D3). */
export async function removeAvailabilityAction(_prev: FormStepState, form: FormData) {
  const state = await volunteerStep(form, removeAvailability)
  if (state?.ok && !state.notice) redirect(volunteerStepDone((state.data as { id: string }).id, 'availabilityRemoved'))
  return state
}
export async function addLeaveAction(_prev: FormStepState, form: FormData) {
  return volunteerStep(form, creating(addLeave))
}
/** As a removed window: its row and form go, so the page it returns to says so (walk 20, D3). */
export async function removeLeaveAction(_prev: FormStepState, form: FormData) {
  const state = await volunteerStep(form, removeLeave)
  if (state?.ok && !state.notice) redirect(volunteerStepDone((state.data as { id: string }).id, 'leaveRemoved'))
  return state
}
export async function addNonAssociationAction(_prev: FormStepState, form: FormData) {
  return volunteerStep(form, creating(addNonAssociation))
}
export async function referToCosaAction(_prev: FormStepState, form: FormData) {
  return formStep(form, creating(referToCosa), (id) => [`/offenders/${id}/cosa`, '/cosa'])
}
export async function decideCosaReferralAction(_prev: FormStepState, form: FormData) {
  const state = await pageStep(form, decideCosaReferral, () => ['/cosa'])
  const circleId = state?.ok ? (state.data as { circleId: string | null }).circleId : null
  if (circleId) redirect(`/cosa/circles/${circleId}?saved=1`)
  return state
}
const circleStep = (form: FormData, operation: (actor: Actor, input: unknown) => Promise<{ id: string }>) => pageStep(form, operation, ({ id }) => [`/cosa/circles/${id}`, '/cosa'])
export async function setUpCircleAction(_prev: FormStepState, form: FormData) {
  return patternStep(form, setUpCircle)
}
/** The add form goes once no one else can join, so the page it returns to says the volunteer was added (walk 20, D3). */
export async function addCircleMemberAction(_prev: FormStepState, form: FormData) {
  const state = await circleStep(form, addCircleMember)
  if (state?.ok && !state.notice) redirect(lifeStepDone((state.data as { id: string }).id, 'memberAdded'))
  return state
}
/** Asked first (re-walk D8 of issue 16): the refusal lists what removing them means beside the "confirm" box. */
export async function removeCircleMemberAction(_prev: FormStepState, form: FormData) {
  const step = refusalDetail<{ name: string; coming: number }, { id: string }>('removal', removeCircleMember)
  const state = await circleStep(form, step.operation)
  // Their row, and the form in it, go: the page it returns to says they left (walk 20, D3).
  if (state?.ok && !state.notice) redirect(lifeStepDone((state.data as { id: string }).id, 'memberLeft'))
  const removal = step.seen()
  if (!removal || state?.ok !== false) return state
  const t = await getTranslations('cosaStaffing.leave')
  return { ...state, details: { warnings: [t('means', removal), t('placesGo', removal)] } }
}
/** Started: the page it returns to says so, as the start form is gone once the circle runs (cosa16 item 4). */
export async function activateCircleAction(_prev: FormStepState, form: FormData) {
  const state = await circleStep(form, activateCircle)
  if (state?.ok) redirect(lifeStepDone((state.data as { id: string }).id, 'started'))
  return state
}
const rotaStep = (form: FormData, operation: (actor: Actor, input: unknown) => Promise<{ id: string }>) =>
  pageStep(form, operation, ({ id }) => ['/cosa/rota', `/cosa/rota/${id}`])
/**
 * Says how many meetings were made and places filled, or, when no meeting was made, why (fix16a item 1: "Rota
 * generated." showed when nothing was). A replayed submission keeps its "already saved" notice.
 */
export async function generateRotaAction(_prev: FormStepState, form: FormData) {
  const state = await rotaStep(form, generateRota)
  if (!state?.ok || state.notice) return state
  const { meetings, assignments, short, nothingMade } = state.data as Awaited<ReturnType<typeof generateRota>>
  const t = await getTranslations('rota')
  const key = nothingMade === 'allOnRota' ? 'noneMadeAllOnRota' : nothingMade === 'noneInWindow' ? 'noneMadeNoneInWindow' : 'generatedSummary'
  // Meetings left short are said in the message too, not only in the table (walk 47 F4).
  return withStepNotice(state, t(key, { meetings, assignments, short }))
}
/** A volunteer's confirmation, told to the coordinator, recorded by them (walk 67 F3). */
export async function confirmPlaceForVolunteerAction(_prev: FormStepState, form: FormData) {
  return rotaStep(form, confirmPlaceForVolunteer)
}
export async function assignVolunteerAction(_prev: FormStepState, form: FormData) {
  return rotaStep(form, assignVolunteer)
}
/**
 * Taking someone off removes their row and its form: the meeting page then says who was taken off and why (gap 5).
 * Asked first: the refusal says what it means beside the "confirm" box (walk 20, D12).
 */
export async function unassignVolunteerAction(_prev: FormStepState, form: FormData) {
  const step = refusalDetail<{ name: string }, Awaited<ReturnType<typeof unassignVolunteer>>>('takeOff', unassignVolunteer)
  const state = await rotaStep(form, step.operation)
  if (state?.ok) redirect(`/cosa/rota/${(state.data as { id: string }).id}?off=${(state.data as { volunteerId: string }).volunteerId}`)
  const takeOff = step.seen()
  if (!takeOff || state?.ok !== false) return state
  return { ...state, details: { warnings: [(await getTranslations('cosaBreak.takeOff'))('means', takeOff)] } }
}
/**
 * A decline removes the decline form from the volunteer's card, so its confirmation would vanish with it: the
 * volunteer lands on their home page told the meeting is declined, with the reason they gave (issue 16 gap 5).
 */
export async function respondToAssignmentAction(_prev: FormStepState, form: FormData) {
  const state = await pageStep(form, respondToAssignment, () => ['/'])
  if (state?.ok && fieldOf(form, 'response') === 'DECLINED') redirect(`/?declined=${(state.data as { id: string }).id}`)
  return state
}
export async function raiseConcernAction(_prev: FormStepState, form: FormData) {
  return pageStep(form, creating(raiseConcern), () => ['/', '/cosa'])
}
export async function passOnConcernAction(_prev: FormStepState, form: FormData) {
  return pageStep(form, passOnConcern, ({ offenderId }) => ['/cosa', `/offenders/${offenderId}`, `/offenders/${offenderId}/cosa`])
}
export async function recordConcernOutcomeAction(_prev: FormStepState, form: FormData) {
  return formStep(form, recordConcernOutcome, (id) => [`/offenders/${id}/cosa`, '/cosa'])
}
