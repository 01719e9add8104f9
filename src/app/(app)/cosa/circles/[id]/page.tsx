import { coreMemberNamer } from '@/app/(app)/cosa/core-member-namer'
import type { Metadata } from 'next'
import Link from 'next/link'
import { Fragment } from 'react'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ActionForm } from '@/components/action-form'
import { Flash } from '@/components/flash'
import { SimpleTable } from '@/components/simple-table'
import { activateCircleAction, addCircleMemberAction, removeCircleMemberAction, setUpCircleAction } from '@/server/cosa/actions'
import { circleRecord } from '@/server/cosa/circle-record'
import { getCircle } from '@/server/cosa/circles'
import { CIRCLE_EVERY_WEEKS, memberKinds } from '@/server/cosa/circles.schemas'
import { requireActor } from '@/server/session'
import { GoalsSection, OuterCircleSection } from './goals-outer-sections'
import { ServedSection } from './served-section'
import { CannotJoinList } from './cannot-join-list'
import { CircleDatesRows } from './circle-dates-rows'
import { LifeStepFlash } from './life-step-flash'
import { CircleMinutesSection } from './minutes-section'
import { EndingSection, ReviewsSection } from './review-ending-sections'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('circle')
  return { title: t('title') }
}

/** A circle in any state: its venue and pattern, the inner circle (or, once closed, who served in it), its life. */
export default async function CirclePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string | string[]; done?: string | string[]; cancelled?: string | string[]; at?: string | string[]; close?: string | string[] }> }) {
  // Arrived from the step that created this record (`?saved=1`): say so rather than land silently (issue 16 gap 5).
  const query = await searchParams
  const justSaved = query.saved === '1'
  const actor = (await requireActor())
  const id = (await recordIds(params)).id
  const c = await orNotFound(getCircle(actor, id))
  const record = await circleRecord(actor, id)
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const day = (d: Date | null) => (d ? formatDate(d, 'day') : t('cosa.none'))
  const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '')
  const common = { problemTitle: t('common.problem') }
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: t(`enums.weekday.${d}`) }))
  const open = c.status !== 'CLOSED'
  // The pattern is fixed once the circle is ending (issue 16 item 11).
  const patternEditable = c.status === 'FORMING' || c.status === 'ACTIVE'
  return (
    <>
      <p><Link href="/cosa">{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('circle.heading', { name: (await coreMemberNamer())(c.coreMember) })}</h1>
      <LifeStepFlash query={query} endingFrom={c.endingFrom} />
      {justSaved && <Flash className="mb-6 border-l-4 border-green-800 pl-3 font-bold text-green-800">{t('cosaGaps.flash.circle')}</Flash>}
      <dl className="mb-8 grid max-w-3xl sm:grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-bold">{t('cosaReferral.programme')}</dt>
        <dd>{t(`enums.cosaProgramme.${c.programme}`)}{c.referral.releaseDate && ` · ${t('cosaReferral.releaseDate')}: ${day(c.referral.releaseDate)}`}</dd>
        <dt className="font-bold">{t('circle.venue')}</dt>
        <dd>{c.venue ? t('circle.venueSummary', { venue: c.venue, date: day(c.venueRiskAssessedOn) }) : t('cosa.none')}</dd>
        <CircleDatesRows circle={c} />
        <dt className="font-bold">{t('cosaReferral.eligibility')}</dt>
        <dd className="whitespace-pre-wrap">{c.referral.eligibility}</dd>
      </dl>

      {open ? (
        <section aria-labelledby="members-heading" className="mb-10">
          <h2 id="members-heading" className="mb-3 text-2xl font-bold">{t('circle.inner')}</h2>
          {c.members.length === 0 ? <p className="mb-4">{t('circle.noMembers')}</p> : (
            <SimpleTable labelledBy="members-heading" rowHeaders headers={[t('cosa.volunteer'), t('circle.kind'), t('circle.joined'), t('actionsTracker.update')]} rows={c.members.map((m) => ({
              key: m.id,
              // A member the core member's lists now keep out is marked as the rota marks them (break 28 D6 left item).
              cells: [<Fragment key="v"><Link href={`/cosa/volunteers/${m.volunteer.id}`}>{`${m.volunteer.firstName} ${m.volunteer.lastName}`}</Link>{m.keptOut && <span className="block font-bold text-error">{t('cosaRota.keptOutMember')}</span>}</Fragment>, t(`enums.circleMemberKind.${m.kind}`), day(m.joinedOn),
                // Two steps and a reason, as taking someone off a meeting (walk-through D9 of issue 16).
                <ActionForm key="r" {...common} action={removeCircleMemberAction} idPrefix={`leave-${m.id}`} hidden={{ circleId: c.id, memberId: m.id }} variant="secondary"
                  disclosure={t('circle.remove', { name: m.volunteer.firstName })}
                  // Then confirmed, as closing is (re-walk D8 of issue 16: it happened at the first press with a reason).
                  confirm={{ title: t('cosaStaffing.leave.confirmTitle', { name: m.volunteer.firstName }), label: t('cosaStaffing.leave.confirmLabel', { name: m.volunteer.firstName }), hint: t('cosaStaffing.leave.confirmHint') }}
                  submitLabel={t('cosaStaffing.leave.submit', { name: m.volunteer.firstName })} successMessage={t('cosaStaffing.leave.done', { name: m.volunteer.firstName })}
                  fields={[{ kind: 'text', name: 'reason', label: t('cosaStaffing.leave.reason', { name: m.volunteer.firstName }), hint: t('cosaStaffing.leave.reasonHint') }]} />],
            }))} />
          )}
          <div className="mt-4 max-w-2xl">
            <h3 className="mb-2 text-xl font-bold">{t('circle.addMember')}</h3>
            {/* No vetted volunteer free to join: say what to do rather than offer an empty list (fix16a item 4). */}
            {c.candidates.length === 0 ? <p>{t('cosaLast.noCandidates')} <Link href="/cosa#pipeline-heading">{t('cosaLast.vetVolunteers')}</Link></p> : (
            <ActionForm {...common} action={addCircleMemberAction} idPrefix="member" hidden={{ circleId: c.id }} submitLabel={t('circle.addMember')} successMessage={t('cosa.done.memberAdded')} fields={[
              { kind: 'select', name: 'volunteerId', label: t('cosa.volunteer'), hint: t('circle.candidatesHint'), options: c.candidates.map((v) => ({ value: v.id, label: `${v.firstName} ${v.lastName} — ${v.homeArea}${v.welshSpeaker ? ` · ${t('cosa.welshSpeaker')}` : ''}` })), placeholder: t('common.choose') },
              { kind: 'select', name: 'kind', label: t('circle.kind'), options: memberKinds.map((k) => ({ value: k, label: t(`enums.circleMemberKind.${k}`) })), defaultValue: 'REGULAR' },
            ]} />
            )}
            <CannotJoinList volunteers={c.cannotJoin} />
          </div>
          {c.served.some((m) => m.leftOn) && <ServedSection served={c.served.filter((m) => m.leftOn)} heading={t('cosaStaffing.history.heading')} />}
        </section>
      ) : <ServedSection served={c.served} />}

      {patternEditable && (
        <section aria-labelledby="setup-heading" className="mb-10 max-w-2xl">
          <h2 id="setup-heading" className="mb-3 text-2xl font-bold">{t('circle.setup')}</h2>
          <ActionForm {...common} action={setUpCircleAction} idPrefix="setup" hidden={{ circleId: c.id, version: c.version }} submitLabel={t('cosa.save')} successMessage={t('cosa.saved')}
            // A forming circle confirms a pattern few can make; a running one, the meetings a change cancels (fix16a item 2).
            confirm={c.status === 'FORMING' ? { title: t('cosaRota.pattern.warningTitle'), label: t('cosaRota.pattern.confirm'), hint: t('cosaRota.pattern.confirmHint') } : { title: t('cosaGaps.pattern.cancelTitle'), label: t('cosaGaps.pattern.cancelConfirm'), hint: t('cosaGaps.pattern.cancelConfirmHint') }} fields={[
            { kind: 'text', name: 'venue', label: t('circle.venue'), defaultValue: c.venue ?? '' },
            { kind: 'date', name: 'venueRiskAssessedOn', label: t('circle.venueAssessed'), hint: c.venue ? t('cosaLast.sameVenueHint') : undefined, defaultValue: iso(c.venueRiskAssessedOn) },
            ...(c.venue ? [{ kind: 'checkboxes' as const, name: 'sameVenue', label: t('cosaLast.sameVenueLegend'), options: [{ value: 'yes', label: t('cosaLast.sameVenue') }] }] : []),
            { kind: 'select', name: 'weekday', label: t('cosa.weekday'), options: weekdays, placeholder: t('common.choose'), defaultValue: c.weekday ? String(c.weekday) : '' },
            { kind: 'text', name: 'startTime', label: t('circle.startTime'), hint: t('cosa.timeHint'), defaultValue: c.startTime ?? '' },
            { kind: 'text', name: 'minutes', label: t('circle.minutes'), defaultValue: String(c.minutes) },
            { kind: 'select', name: 'everyWeeks', label: t('circle.every'), options: CIRCLE_EVERY_WEEKS.map((n) => ({ value: String(n), label: t('circle.everyWeeks', { weeks: n }) })), defaultValue: String(c.everyWeeks) },
            { kind: 'date', name: 'startDate', label: t('circle.startDate'), hint: c.hasStarted ? t('cosaGaps.pattern.startDateFixedHint') : t('cosaGaps.pattern.startDateHint'), defaultValue: iso(c.startDate), readOnly: c.hasStarted },
            { kind: 'date', name: 'plannedEndDate', label: t('circle.plannedEnd'), hint: t('circle.plannedEndHint'), defaultValue: iso(c.plannedEndDate) },
          ]} />
        </section>
      )}

      <GoalsSection circle={c} record={record} />
      <OuterCircleSection circle={c} record={record} />
      {c.status === 'FORMING' && (
        <section aria-labelledby="start-heading" className="mb-10 max-w-2xl">
          <h2 id="start-heading" className="mb-3 text-2xl font-bold">{t('circle.start')}</h2>
          <p className="mb-3">{t('circle.startHint')}</p>
          <ActionForm {...common} action={activateCircleAction} idPrefix="start" hidden={{ circleId: c.id, version: c.version }} fields={[]} submitLabel={t('circle.start')} successMessage={t('circle.started')} />
        </section>
      )}
      <CircleMinutesSection record={record} />
      <ReviewsSection circle={c} record={record} />
      <EndingSection circle={c} record={record} confirmClose={query.close === 'confirm'} />
    </>
  )
}
