import type { Metadata } from 'next'
import { localisedName } from '@/lib/localised'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ActionForm } from '@/components/action-form'
import { addToAgendaAction, deferAgendaItemAction, deferRestrictedItemAction, moveAgendaItemAction, publishAgendaAction, refreshAgendaAction } from '@/server/mappa/actions'
import { getMeeting } from '@/server/mappa/queries'
import { can } from '@/server/policy'
import { requireActor } from '@/server/session'
import { Flash } from '@/components/flash'
import { recordIds } from '@/app/_lib/record-id'
import { HeardAtOtherLevel } from '@/app/(app)/mappa/_components/heard-at-other-level'
import { agendaItemFacts } from '@/app/(app)/mappa/_components/agenda-item-facts'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('mappa')
  return { title: t('meetingTitle') }
}

export default async function MeetingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ scheduled?: string; accepted?: string }> }) {
  const { id } = await recordIds(params)
  const { scheduled, accepted } = await searchParams
  const actor = (await requireActor())
  const m = await orNotFound(getMeeting(actor, id))
  const closed = m.status === 'FINALISED'
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const cy = (await getLocale()) === 'cy'
  const day = (d: Date) => formatDate(d, 'day')
  const ref = { meetingId: m.id, version: m.version }
  const common = { problemTitle: t('common.problem') }
  const listed = m.agendaItems.filter((i) => i.status === 'LISTED').length
  // How many due reviews stay on other open agendas, as read now (break 43: a count taken from the address could be made up).
  const elsewhere = m.dueElsewhere.reduce((sum, o) => sum + o.reviews, 0)
  // Only a listed item moves, past deferred ones to the next listed item, as moveAgendaItem does (re-check of issue 16, D10).
  const listedAt = m.agendaItems.flatMap((i, index) => (i.status === 'LISTED' ? [index] : []))
  const canMove = (index: number, direction: 'up' | 'down') => !m.agendaFixed && listedAt.includes(index) && (direction === 'up' ? listedAt[0]! < index : listedAt.at(-1)! > index)
  return (
    <>
      <p><Link href={can(actor, 'mappa.manage') ? '/mappa' : '/'}>{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('mappa.meetingHeading', { level: m.level, when: formatDate(m.startsAt, 'fullDateTime') })}</h1>
      {scheduled === '1' && <Flash className="mb-4 font-bold text-green-800">{t('mappa.scheduled', { count: listed, elsewhere })}</Flash>}
      {accepted === '1' && <Flash className="mb-4 font-bold text-green-800">{t('mappaGaps.referralAccepted')}</Flash>}
      <dl className="mb-6 grid max-w-3xl sm:grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-bold">{t('mappa.status')}</dt>
        <dd>{t(`enums.meetingStage.${m.stage}`)}</dd>
        <dt className="font-bold">{t('mappa.chair')}</dt>
        <dd>{m.chair.name}</dd>
        <dt className="font-bold">{t('mappa.where')}</dt>
        <dd>{[m.venue, m.online && t('mappa.online')].filter(Boolean).join(' · ')}</dd>
        <dt className="font-bold">{t('minutes.attendance')}</dt>
        <dd>
          {m.attendance.length ? (
            <ul>
              {m.attendance.map((a) => <li key={a.id}>{a.name} — {localisedName(a.agency, cy ? 'cy' : 'en')} — {t(`enums.attendanceStatus.${a.status}`)}</li>)}
            </ul>
          ) : t('minutes.noAttendance')}
        </dd>
        <dt className="font-bold">{t('mappa.invited')}</dt>
        <dd>
          <ul>
            {m.invitations.map((i) => <li key={i.id}>{cy && i.agency.nameCy ? i.agency.nameCy : i.agency.name} — {t(`enums.inviteeKind.${i.kind}`)}</li>)}
          </ul>
        </dd>
      </dl>

      {(m.canRun || m.canReadMinutes) && (
        <ul className="mb-8 flex flex-wrap gap-6 text-lg">
          {m.canRun && <li><Link href={`/mappa/meetings/${m.id}/run`} className="font-bold">{t('room.title')}</Link></li>}
          {m.canReadMinutes && <li><Link href={`/mappa/meetings/${m.id}/minutes`}>{m.status === 'FINALISED' ? t('minutes.title') : t('room.draftMinutes')}</Link></li>}
        </ul>
      )}

      <section aria-labelledby="agenda-heading" className="mb-10">
        <h2 id="agenda-heading" className="mb-3 text-2xl font-bold">{t('mappa.agenda')}</h2>
        {m.canEdit && m.agendaFixed && <p className="mb-4 max-w-3xl">{t('mappaLast.agendaFixedNote')}</p>}
        {m.agendaItems.length === 0 ? (
          <p className="mb-4">{t('mappa.agendaEmpty')}</p>
        ) : (
          <ol className="mb-6 space-y-4">
            {m.agendaItems.map((item, index) => (
              // A redacted item is keyed by its place and has no forms: its id is a handle on the person (ADR 0023).
              <li key={item.id ?? `restricted-${index}`} className={`border-l-4 pl-3 ${item.status === 'DEFERRED' ? 'border-gray-400 text-gray-700' : 'border-brand'}`}>
                <p className="font-bold">
                  {index + 1}.{' '}
                  {item.restricted ? (
                    t('mappa.restrictedItem')
                  ) : item.linked ? (
                    <Link href={`/offenders/${item.offenderId}`}>{`${item.offender.firstName} ${item.offender.lastName} (${item.offender.crn})`}</Link>
                  ) : (
                    `${item.offender.firstName} ${item.offender.lastName} (${item.offender.crn})`
                  )}
                </p>
                <p>
                  {t(`enums.agendaReason.${item.reason}`)}
                  {agendaItemFacts(item, { closed, level: m.level }, t, day).map((fact) => ` · ${fact}`).join('')}
                </p>
                {/* One piece of advice: the chair's is in the defer form below; anyone else is told who presents it (walk 37 O2). */}
                {item.restricted && !item.deferRef && item.status !== 'DEFERRED' && <p>{t('mappa.restrictedReader')}</p>}
                <HeardAtOtherLevel item={item} meetingLevel={m.level} />
                {item.status === 'DEFERRED' && <p className="font-bold">{item.deferReason ? t('mappa.deferred', { reason: item.deferReason }) : t('mappa.deferredDone')}</p>}
                {item.deferRef && (
                  <ActionForm {...common} action={deferRestrictedItemAction} idPrefix={`defer-restricted-${index}`} hidden={{ ...ref, itemRef: item.deferRef }} fields={[{ kind: 'text', name: 'deferReason', label: t('mappa.deferReason') }]} submitLabel={t('mappa.deferSubmit')} successMessage={t('mappa.deferredDone')}
                    disclosure={{ summary: t('mappa.defer', { position: index + 1 }), look: 'link', intro: <p className="my-2 max-w-3xl">{t('mappa.restrictedDeferHint')}</p> }} />
                )}
                {m.canEdit && item.id !== null && (
                  <div className="mt-2 flex flex-wrap items-start gap-4">
                    {canMove(index, 'up') && <ActionForm {...common} action={moveAgendaItemAction} idPrefix={`up-${item.id}`} hidden={{ ...ref, itemId: item.id, direction: 'up' }} fields={[]} submitLabel={t('mappa.moveUp', { position: index + 1 })} successMessage={t('mappa.moved')} variant="secondary" />}
                    {canMove(index, 'down') && <ActionForm {...common} action={moveAgendaItemAction} idPrefix={`down-${item.id}`} hidden={{ ...ref, itemId: item.id, direction: 'down' }} fields={[]} submitLabel={t('mappa.moveDown', { position: index + 1 })} successMessage={t('mappa.moved')} variant="secondary" />}
                    {item.status === 'LISTED' && !item.recordedAt && (
                      <div>
                        <ActionForm {...common} action={deferAgendaItemAction} idPrefix={`defer-${item.id}`} hidden={{ ...ref, itemId: item.id }} fields={[{ kind: 'text', name: 'deferReason', label: t('mappa.deferReason') }]} submitLabel={t('mappa.deferSubmit')} successMessage={t('mappa.deferredDone')}
                          disclosure={{ summary: t('mappa.defer', { position: index + 1 }), look: 'link' }} />
                      </div>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
        {m.canEdit && !m.agendaFixed && (
          <div className="grid max-w-4xl gap-8 md:grid-cols-2">
            <div>
              <h3 className="mb-2 text-xl font-bold">{t('mappa.addToAgenda')}</h3>
              <ActionForm {...common} action={addToAgendaAction} idPrefix="add-item" hidden={ref} fields={[{ kind: 'text', name: 'crn', label: t('mappa.crn'), hint: t('mappa.crnHint') }]} submitLabel={t('mappa.addToAgenda')} successMessage={t('mappa.added')} confirm={{ title: t('mappaChair.confirmTitle'), label: t('mappaChair.confirmLabel'), hint: t('mappaChair.confirmHint') }} />
            </div>
            <div className="space-y-6">
              <div>
                <h3 className="mb-2 text-xl font-bold">{t('mappa.refreshAgenda')}</h3>
                <p className="mb-2">{t('mappa.refreshHint')}</p>
                <ActionForm {...common} action={refreshAgendaAction} idPrefix="refresh" hidden={ref} fields={[]} submitLabel={t('mappa.refreshAgenda')} successMessage={t('mappa.refreshed')} variant="secondary" />
                {m.dueElsewhere.length > 0 && (
                  <div className="mt-3">
                    <p>{t('mappa.dueElsewhereIntro')}</p>
                    <ul className="list-disc pl-6">
                      {m.dueElsewhere.map((o) => <li key={o.id}><Link href={`/mappa/meetings/${o.id}`}>{t('mappa.dueElsewhereMeeting', { level: o.level, when: formatDate(o.startsAt, 'fullDateTime'), reviews: o.reviews })}</Link></li>)}
                    </ul>
                  </div>
                )}
              </div>
              {m.status === 'SCHEDULED' && (
                <div>
                  <h3 className="mb-2 text-xl font-bold">{t('mappa.publish')}</h3>
                  <p className="mb-2">{t('mappa.publishHint')}</p>
                  <ActionForm {...common} action={publishAgendaAction} idPrefix="publish" hidden={ref} fields={[]} submitLabel={t('mappa.publish')} successMessage={t('mappa.published')} />
                </div>
              )}
            </div>
          </div>
        )}
      </section>
    </>
  )
}
