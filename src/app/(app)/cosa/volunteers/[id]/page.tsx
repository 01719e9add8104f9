import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ActionForm } from '@/components/action-form'
import { Flash } from '@/components/flash'
import { changeVolunteerStageAction, recordDbsAction, recordReferencesAction, recordTrainingAction } from '@/server/cosa/actions'
import { volunteerStages } from '@/server/cosa/pipeline'
import { getVolunteer } from '@/server/cosa/volunteers'
import { volunteerStepOf } from '@/server/cosa/volunteer-step-done'
import { requireActor } from '@/server/session'
import { AvailabilitySections } from './availability-sections'
import { VolunteerCirclesSection } from './circles-section'
import { SupervisionSection } from './supervision-section'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('cosa')
  return { title: t('volunteer') }
}

/** One volunteer: where they are in vetting, the evidence recorded, and the next step. */
export default async function VolunteerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string | string[]; done?: string | string[]; circles?: string | string[]; places?: string | string[]; at?: string | string[] }> }) {
  const query = await searchParams
  // Arrived from the step that created this record (`?saved=1`): say so rather than land silently (issue 16 gap 5).
  const justSaved = query.saved === '1'
  // Arrived from a step whose form is gone once it succeeds (`?done=`): say what it did (walk 20, D3).
  const done = volunteerStepOf(query)
  const actor = (await requireActor())
  const v = await orNotFound(getVolunteer(actor, (await recordIds(params)).id))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const day = (d: Date | null) => (d ? formatDate(d, 'day') : t('cosa.none'))
  const hidden = { volunteerId: v.id, version: v.version }
  const common = { problemTitle: t('common.problem'), hidden }
  const open = v.stage !== 'LEFT'
  const doneMessage = (d: NonNullable<typeof done>) => d.step !== 'stageChanged' ? t(`cosaStaffing.volunteerDone.${d.step}`)
    : d.circlesLeft || d.placesReleased ? t('cosaStaffing.stage.changed', d) : t('cosa.stageChanged')
  const facts: [string, string][] = [
    [t('cosa.stage'), t(`enums.volunteerStage.${v.stage}`)],
    [t('cosa.email'), v.email],
    [t('cosa.phone'), v.phone ?? t('cosa.none')],
    [t('cosa.dateOfBirth'), day(v.dateOfBirth)],
    [t('cosa.homeArea'), `${v.homeArea}${v.travelRadiusMiles !== null ? ` · ${t('cosa.miles', { miles: v.travelRadiusMiles })}` : ''}`],
    [t('cosa.welsh'), v.welshSpeaker ? t('cosa.yes') : t('cosa.no')],
    [t('cosa.skills'), v.skills.join(', ') || t('cosa.none')],
    [t('cosa.references'), String(v.referencesReceived)],
    [t('cosa.dbs'), v.dbsNumber ? t('cosa.dbsSummary', { issued: day(v.dbsIssuedOn), expires: day(v.dbsExpiresOn) }) : t('cosa.none')],
    [t('cosa.training'), v.trainingCompletedOn ? t('cosa.trainingSummary', { date: day(v.trainingCompletedOn), trainer: v.trainingTrainer ?? '' }) : t('cosa.none')],
    [t('cosa.trainingExpires'), day(v.trainingExpiresOn)],
  ]
  return (
    <>
      <p><Link href="/cosa">{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{`${v.firstName} ${v.lastName}`}</h1>
      {justSaved && <Flash className="mb-6 border-l-4 border-green-800 pl-3 font-bold text-green-800">{t('cosaGaps.flash.volunteer')}</Flash>}
      {done && <Flash key={String(query.at)} className="mb-6 border-l-4 border-green-800 pl-3 font-bold text-green-800">{doneMessage(done)}</Flash>}
      {v.alerts.length > 0 && <p className="mb-4 font-bold text-error">{v.alerts.map((a) => t(`enums.vettingAlert.${a}`)).join(', ')}</p>}
      <dl className="mb-8 grid max-w-3xl sm:grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        {facts.map(([k, value]) => [<dt key={`${k}-t`} className="font-bold">{k}</dt>, <dd key={`${k}-d`}>{value}</dd>])}
      </dl>

      {open && (
        <div className="mb-10 grid max-w-5xl gap-10 md:grid-cols-2">
          <section aria-labelledby="stage-heading">
            <h2 id="stage-heading" className="mb-3 text-2xl font-bold">{t('cosa.changeStage')}</h2>
            <ActionForm {...common} action={changeVolunteerStageAction} idPrefix="stage" submitLabel={t('cosa.changeStage')} successMessage={t('cosa.stageChanged')}
              // Pausing or leaving gives up their places to come: asked first, with the meetings (break test D2).
              confirm={{ title: t('cosaStaffing.stageRelease.confirmTitle', { name: v.firstName }), label: t('cosaStaffing.stageRelease.confirmLabel'), hint: t('cosaStaffing.stageRelease.confirmHint') }} fields={[
              { kind: 'select', name: 'toStage', label: t('cosa.newStage'), options: volunteerStages.filter((s) => s !== v.stage).map((s) => ({ value: s, label: t(`enums.volunteerStage.${s}`) })), placeholder: t('common.choose') },
              { kind: 'textarea', name: 'note', label: t('cosa.note'), hint: t('cosa.noteHint') },
            ]} />
          </section>
          <section aria-labelledby="references-heading">
            <h2 id="references-heading" className="mb-3 text-2xl font-bold">{t('cosa.references')}</h2>
            <ActionForm {...common} action={recordReferencesAction} idPrefix="references" submitLabel={t('cosa.save')} successMessage={t('cosa.saved')} fields={[
              { kind: 'text', name: 'referencesReceived', label: t('cosa.referencesReceived'), defaultValue: String(v.referencesReceived) },
            ]} />
          </section>
          <section aria-labelledby="dbs-heading">
            <h2 id="dbs-heading" className="mb-3 text-2xl font-bold">{t('cosa.dbs')}</h2>
            <ActionForm {...common} action={recordDbsAction} idPrefix="dbs" submitLabel={t('cosa.save')} successMessage={t('cosa.saved')} fields={[
              { kind: 'text', name: 'dbsNumber', label: t('cosa.dbsNumber'), defaultValue: v.dbsNumber ?? '' },
              { kind: 'date', name: 'dbsIssuedOn', label: t('cosa.dbsIssued'), hint: t('cosa.dbsHint') },
            ]} />
          </section>
          <section aria-labelledby="training-heading">
            <h2 id="training-heading" className="mb-3 text-2xl font-bold">{t('cosa.training')}</h2>
            <ActionForm {...common} action={recordTrainingAction} idPrefix="training" submitLabel={t('cosa.save')} successMessage={t('cosa.saved')} fields={[
              { kind: 'date', name: 'trainingCompletedOn', label: t('cosa.trainingCompleted') },
              { kind: 'text', name: 'trainingTrainer', label: t('cosa.trainer'), defaultValue: v.trainingTrainer ?? '' },
              { kind: 'date', name: 'trainingExpiresOn', label: t('cosa.trainingExpires'), hint: t('cosa.trainingExpiresHint') },
              { kind: 'number', name: 'trainingHours', label: t('cosaRota.hours.trainingHours'), hint: t('cosaRota.hours.trainingHoursHint'), defaultValue: v.trainingMinutes ? String(v.trainingMinutes / 60) : '' },
            ]} />
          </section>
        </div>
      )}

      <VolunteerCirclesSection v={v} />
      {open && <AvailabilitySections v={v} />}
      <SupervisionSection actor={actor} volunteerId={v.id} canRecord={v.stage !== 'LEFT'} />

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-2xl font-bold">{t('cosa.history')}</h2>
        <ol className="space-y-1">
          {v.stageChanges.map((c) => (
            <li key={String(c.id)}>{formatDate(c.changedAt, 'date')} — {t(`enums.volunteerStage.${c.toStage}`)}{c.note && ` — ${c.note}`}</li>
          ))}
        </ol>
      </section>
    </>
  )
}
