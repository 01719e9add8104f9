import { coverNote } from './cover-note'
import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ActionForm } from '@/components/action-form'
import { Flash } from '@/components/flash'
import { SimpleTable } from '@/components/simple-table'
import { assignVolunteerAction, confirmPlaceForVolunteerAction, unassignVolunteerAction } from '@/server/cosa/actions'
import { hasStarted } from '@/server/cosa/rota'
import { getRotaMeeting } from '@/server/cosa/rota-views'
import { requireActor } from '@/server/session'
import { conflictText, reasonsText } from '../conflict-text'
import { coreMemberNamer } from '../../core-member-namer'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('rota')
  return { title: t('meeting') }
}

/**
 * One circle meeting: who is on it; every other volunteer of the circle with why they cannot come, up front
 * (issue 16 item 9); who dropped out and why; and cover from the circle, then from the wider pool (item 10).
 */
export default async function RotaMeetingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ off?: string | string[] }> }) {
  const m = await orNotFound(getRotaMeeting((await requireActor()), (await recordIds(params)).id))
  // Arrived from taking someone off (`?off=<volunteer>`): say who and the reason recorded (issue 16 gap 5).
  const off = (await searchParams).off
  const takenOff = m.dropouts.findLast((d) => d.kind === 'REMOVED' && d.volunteerId === off)
  const declineReason = new Map(m.dropouts.filter((d) => d.kind === 'DECLINED').map((d) => [d.volunteerId, d.reason]))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const name = new Map([...m.choices, ...m.volunteers.map((v) => ({ id: v.volunteerId, firstName: v.firstName }))].map((v) => [v.id, v.firstName]))
  const common = { problemTitle: t('common.problem') }
  const place = (kind: 'REGULAR' | 'COVER' | null) => (kind ? t(`enums.circleMemberKind.${kind}`) : t('cosaRota.notInCircle'))
  const declined = m.needsCoverFor
  // A started meeting's rota is a record: no forms to change it (COSA break test item 1).
  const started = hasStarted(m)
  // Beside a name: not of this circle, and supervision due (walk 45 F6: no rota rule, but the coordinator should see it).
  const supervision = (due: { since: Date | null } | null) => (due ? [due.since ? t('cosaRota.supervisionOverdue', { date: formatDate(due.since, 'day') }) : t('supervision.never')] : [])
  const named = (c: { firstName: string; inCircle: boolean; supervisionDue: { since: Date | null } | null }) => {
    const notes = [...(c.inCircle ? [] : [t('cosaRota.notInCircle')]), ...supervision(c.supervisionDue)]
    return notes.length ? t('cosaRota.coverNamed', { name: c.firstName, notes: notes.join('; ') }) : c.firstName
  }
  const cover = t(`rota.${coverNote(m.cover, m.attendance)}`, { names: m.cover.map(named).join(', ') })
  return (
    <>
      <p><Link href="/cosa/rota">{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('rota.meetingHeading', { when: formatDate(m.startsAt, 'fullDateTime') })}</h1>
      {/* Whose circle: several can meet at the same hour (walk-through D6 of issue 16). */}
      <p className="mb-6 text-xl"><Link href={`/cosa/circles/${m.circleId}`}>{t('circle.heading', { name: (await coreMemberNamer())(m.coreMember) })}</Link></p>
      {takenOff && <Flash className="mb-6 border-l-4 border-green-800 pl-3 font-bold text-green-800">{t('cosaGaps.decline.takenOff', { name: takenOff.firstName, reason: takenOff.reason })}</Flash>}
      {(m.conflicts.length > 0 || declined.length > 0 || m.noLongerServing.length > 0) && (
        <ul className="mb-6 font-bold text-error">
          {m.conflicts.map((c, i) => <li key={i}>{conflictText(t, c, name.get(c.volunteerId ?? '') ?? '')}</li>)}
          {declined.length > 0 && <li>{t('cosaRota.needsCover', { names: declined.join(', ') })}</li>}
          {/* Put on the person's exclusion list after they took the place: it no longer counts (break 28 D6). */}
          {m.noLongerServing.length > 0 && <li>{t('cosaRota.noLongerServing', { names: m.noLongerServing.join(', ') })}</li>}
        </ul>
      )}
      <section aria-labelledby="on-rota" className="mb-10">
        <h2 id="on-rota" className="mb-3 text-2xl font-bold">{t('rota.onRota')}</h2>
        {m.volunteers.length === 0 ? <p>{t('rota.nobody')}</p> : (
          <ul className="space-y-4">
            {m.volunteers.map((v) => (
              <li key={v.assignmentId}>
                <p>{declineReason.has(v.volunteerId) ? t('cosaGaps.decline.onRota', { name: v.firstName, reason: declineReason.get(v.volunteerId)! }) : `${v.inCircle ? v.firstName : t('cosaRota.coverNamed', { name: v.firstName, notes: t('cosaRota.notInCircle') })} — ${v.keptOut ? t('cosaRota.keptOutPlace') : t(`enums.assignmentResponse.${v.response}`)}`}</p>
                {/* The volunteer told the coordinator instead of answering in Llwybr (walk 67 F3: without an account, never). */}
                {!started && v.response === 'PENDING' && !v.keptOut && <ActionForm {...common} action={confirmPlaceForVolunteerAction} idPrefix={`confirm-${v.assignmentId}`} hidden={{ meetingId: m.id, assignmentId: v.assignmentId }} submitLabel={t('cosaRota.confirmFor', { name: v.firstName })} successMessage={t('cosaRota.confirmedFor', { name: v.firstName })} variant="secondary" fields={[]} />}
                {/* A declined place is the volunteer's own record, which the server keeps (volunteerAlreadyDeclined): not offered (break test of issue 16). */}
                {!started && v.response !== 'DECLINED' && <ActionForm {...common} action={unassignVolunteerAction} idPrefix={`off-${v.assignmentId}`} hidden={{ meetingId: m.id, assignmentId: v.assignmentId }} submitLabel={t('cosaRota.removeSubmit', { name: v.firstName })} successMessage={t('cosa.saved')} variant="secondary"
                  disclosure={t('rota.takeOff', { name: v.firstName })}
                  // Then confirmed, as removal from the circle is (walk 20, D12: it happened at once with a reason).
                  confirm={{ title: t('cosaBreak.takeOff.confirmTitle', { name: v.firstName }), label: t('cosaBreak.takeOff.confirmLabel', { name: v.firstName }), hint: t('cosaBreak.takeOff.confirmHint') }}
                  fields={[{ kind: 'text', name: 'reason', label: t('cosaRota.removeReason', { name: v.firstName }), hint: t('cosaRota.removeReasonHint') }]} />}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="who-can" className="mb-10">
        <h2 id="who-can" className="mb-3 text-2xl font-bold">{t('cosaRota.whoCan')}</h2>
        {m.attendance.length === 0 ? <p>{t('cosaRota.nobodyElse')}</p> : (
          <SimpleTable labelledBy="who-can" rowHeaders headers={[t('cosa.volunteer'), t('circle.kind'), t('cosaRota.canCome')]} rows={m.attendance.map((v) => ({
            key: v.id,
            cells: [v.firstName, place(v.kind), <span key="r" className={v.conflicts.length || v.droppedOut || v.paused || v.keptOut ? 'font-bold text-error' : undefined}>{v.keptOut ? t('cosaRota.keptOutMember') : v.paused ? t('cosaRota.pausedMember') : v.droppedOut ? t('cosaRota.droppedOut') : reasonsText(t, v.conflicts)}</span>],
          }))} />
        )}
      </section>
      {m.dropouts.length > 0 && (
        <section aria-labelledby="dropped" className="mb-10">
          <h2 id="dropped" className="mb-3 text-2xl font-bold">{t('cosaRota.dropouts')}</h2>
          <ul className="list-disc pl-5">
            {m.dropouts.map((d) => <li key={d.id}>{t(`cosaRota.dropout.${d.kind}`, { name: d.firstName, when: formatDate(d.recordedAt, 'dateTime'), reason: d.reason || t('cosa.none') })}{d.addedBackOn && <span className="block">{t('cosaRota.addedBack', { date: formatDate(d.addedBackOn, 'day') })}</span>}</li>)}
          </ul>
        </section>
      )}
      {started ? <p className="font-bold">{t('cosaRotaFixes.started')}</p> : (
      <section aria-labelledby="add-rota" className="max-w-2xl">
        <h2 id="add-rota" className="mb-3 text-2xl font-bold">{t('rota.add')}</h2>
        <ActionForm {...common} action={assignVolunteerAction} idPrefix="assign" hidden={{ meetingId: m.id }} submitLabel={t('rota.add')} successMessage={t('cosa.done.onMeeting')} fields={[
          // Who is free is the picker's hint, read with it when tabbing in (walk 37 O8e), not a paragraph beside it.
          { kind: 'select', name: 'volunteerId', label: t('cosa.volunteer'), hint: cover, options: m.choices.map((v) => ({ value: v.id, label: [v.firstName, place(v.kind), v.conflicts.length ? reasonsText(t, v.conflicts) : t('rota.free'), ...supervision(v.supervisionDue)].join(' — ') })), placeholder: t('common.choose') },
          { kind: 'text', name: 'overrideReason', label: t('rota.overrideReason'), hint: t('rota.overrideHint') },
        ]} />
        {/* Why the wider pool's other volunteers are not offered as cover (break 43 observation): a hard rule each. */}
        {m.poolKeptBack.length > 0 && (
          <details className="mt-4">
            <summary className="cursor-pointer underline">{t('cosaRota.poolKeptBack', { count: m.poolKeptBack.length })}</summary>
            <SimpleTable caption={t('cosaRota.poolKeptBackCaption')} hideCaption rowHeaders headers={[t('cosa.volunteer'), t('cosaRota.whyNot')]}
              rows={m.poolKeptBack.map((v) => ({ key: v.id, cells: [v.firstName, reasonsText(t, v.conflicts)] }))} />
          </details>
        )}
      </section>
      )}
    </>
  )
}
