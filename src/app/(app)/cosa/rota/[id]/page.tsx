import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ActionForm } from '@/components/action-form'
import { assignVolunteerAction, unassignVolunteerAction } from '@/server/cosa/actions'
import { getRotaMeeting } from '@/server/cosa/rota'
import { requireActor } from '@/server/session'
import { conflictText } from '../conflict-text'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('rota')
  return { title: t('meeting') }
}

/** One circle meeting: who is on it, its conflicts, and cover from the circle when someone drops out. */
export default async function RotaMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const m = await orNotFound(getRotaMeeting((await requireActor()), (await params).id))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const name = new Map([...m.members, ...m.volunteers.map((v) => ({ id: v.volunteerId, firstName: v.firstName }))].map((v) => [v.id, v.firstName]))
  const common = { problemTitle: t('common.problem') }
  return (
    <>
      <p><Link href="/cosa/rota">{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('rota.meetingHeading', { when: formatDate(m.startsAt, 'fullDateTime') })}</h1>
      {m.conflicts.length > 0 && (
        <ul className="mb-6 font-bold text-error">{m.conflicts.map((c, i) => <li key={i}>{conflictText(t, c, name.get(c.volunteerId ?? '') ?? '')}</li>)}</ul>
      )}
      <section aria-labelledby="on-rota" className="mb-10">
        <h2 id="on-rota" className="mb-3 text-2xl font-bold">{t('rota.onRota')}</h2>
        {m.volunteers.length === 0 ? <p>{t('rota.nobody')}</p> : (
          <ul className="space-y-2">
            {m.volunteers.map((v) => (
              <li key={v.assignmentId} className="flex flex-wrap items-center gap-3">
                <span>{v.firstName} — {t(`enums.assignmentResponse.${v.response}`)}</span>
                <ActionForm {...common} action={unassignVolunteerAction} idPrefix={`off-${v.assignmentId}`} hidden={{ meetingId: m.id, assignmentId: v.assignmentId }} fields={[]} submitLabel={t('rota.takeOff', { name: v.firstName })} successMessage={t('cosa.saved')} variant="secondary" />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="add-rota" className="max-w-2xl">
        <h2 id="add-rota" className="mb-3 text-2xl font-bold">{t('rota.add')}</h2>
        <p className="mb-3">{m.cover.length ? t('rota.coverSuggested', { names: m.cover.map((c) => c.firstName).join(', ') }) : t('rota.noCover')}</p>
        <ActionForm {...common} action={assignVolunteerAction} idPrefix="assign" hidden={{ meetingId: m.id }} submitLabel={t('rota.add')} successMessage={t('cosa.saved')} fields={[
          { kind: 'select', name: 'volunteerId', label: t('cosa.volunteer'), options: m.members.map((v) => ({ value: v.id, label: `${v.firstName} — ${t(`enums.circleMemberKind.${v.kind}`)}${m.cover.some((c) => c.id === v.id) ? ` — ${t('rota.free')}` : ''}` })), placeholder: t('common.choose') },
          { kind: 'text', name: 'overrideReason', label: t('rota.overrideReason'), hint: t('rota.overrideHint') },
        ]} />
      </section>
    </>
  )
}
