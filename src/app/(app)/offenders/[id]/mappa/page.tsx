import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ActionForm } from '@/components/action-form'
import { changeLevelAction, submitReferralAction } from '@/server/mappa/actions'
import { mappaAreas, mappaCategories } from '@/server/mappa/mappa.schemas'
import { getOffenderMappa } from '@/server/mappa/queries'
import { requireActor } from '@/server/session'
import { OffenderMinutesSection } from './offender-minutes'
import { MappaReferrals } from './mappa-referrals'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('mappa')
  return { title: t('recordTitle') }
}

export default async function OffenderMappaPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await recordIds(params)
  const actor = (await requireActor())
  const o = await orNotFound(getOffenderMappa(actor, id))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const cy = (await getLocale()) === 'cy'
  const day = (d: Date) => formatDate(d, 'day')
  const n = o.mappaNominal
  const common = { problemTitle: t('common.problem') }
  const categories = mappaCategories.map((c) => ({ value: c, label: t(`enums.mappaCategory.${c}`) }))
  return (
    <>
      <p><Link href={`/offenders/${o.id}`}>{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('mappa.recordHeading', { name: `${o.firstName} ${o.lastName}`, crn: o.crn })}</h1>

      <section aria-labelledby="nominal-heading" className="mb-10">
        <h2 id="nominal-heading" className="mb-3 text-2xl font-bold">{t('mappa.nominalStatus')}</h2>
        {!n ? (
          <p>{t('mappa.notNominal')}</p>
        ) : (
          <>
            <p className="mb-2">
              {t('mappa.nominalLine', { level: n.level, area: t(`enums.region.${n.area}`), agency: cy && n.leadAgency.nameCy ? n.leadAgency.nameCy : n.leadAgency.name })} · {t(`enums.mappaCategory.${n.category}`)}
              {n.visor && ` · ${t('mappa.visor')}`}
            </p>
            <p className="mb-4">{t('mappa.reviewDue', { date: day(n.nextReviewDate) })}</p>
            <h3 className="mb-1 font-bold">{t('mappa.levelHistory')}</h3>
            {/* No change yet: said, not an empty list under its heading (walk 43 F3). */}
            {n.levelChanges.length === 0 && <p className="mb-4">{t('mappa.noLevelChanges', { level: n.level, date: day(n.startDate) })}</p>}
            <ul className="mb-4 space-y-1">
              {n.levelChanges.map((c) => (
                <li key={String(c.id)}>
                  {t('mappa.levelChange', { date: day(c.changedAt), from: c.fromLevel ?? 0, to: c.toLevel })} —{' '}
                  {c.meeting ? t('minutesRequests.decidedAtMeeting', { date: day(c.meeting.startsAt) }) : c.reason}
                </li>
              ))}
            </ul>
            {o.canChangeLevel && <p className="mb-4"><Link href={`/mappa/reviews/new?offender=${o.id}`}>{t('reviews.open')}</Link></p>}
            {o.canChangeLevel && (
              <ActionForm {...common} action={changeLevelAction} idPrefix="level" hidden={{ nominalId: n.id, version: n.version }} submitLabel={t('mappa.changeLevel')} successMessage={t('mappa.levelChanged')}
                  disclosure={{ summary: t('mappa.changeLevel'), look: 'link', intro: o.openAgenda && (
                    <p className="my-3 border-l-4 border-blue-700 pl-3">
                      {t.rich('mappa.listedOnAgenda', { level: o.openAgenda.level, when: formatDate(o.openAgenda.startsAt, 'dateTime'), meeting: (chunks) => <Link href={`/mappa/meetings/${o.openAgenda!.id}`}>{chunks}</Link> })}
                    </p>
                  ) }}
                  fields={[
                    { kind: 'select', name: 'level', label: t('mappa.level'), options: ['1', '2', '3'].map((l) => ({ value: l, label: t('mappa.levelN', { level: Number(l) }) })), defaultValue: String(n.level) },
                    { kind: 'textarea', name: 'reason', label: t('mappa.levelReason') },
                    { kind: 'date', name: 'nextReviewDate', label: t('mappa.nextReview') },
                  ]} />
            )}
          </>
        )}
      </section>

      <OffenderMinutesSection actor={actor} offenderId={o.id} />

      <section aria-labelledby="referrals-heading" className="mb-10">
        <h2 id="referrals-heading" className="mb-3 text-2xl font-bold">{t('mappa.referrals')}</h2>
        <MappaReferrals offenderId={o.id} referrals={o.mappaReferrals} />
        {o.canRefer && (
          <div className="max-w-2xl">
            <h3 className="mb-2 text-xl font-bold">{t('mappa.refer')}</h3>
            <ActionForm {...common} action={submitReferralAction} idPrefix="referral" hidden={{ offenderId: o.id }} submitLabel={t('mappa.submitReferral')} successMessage={t('mappa.referralSent')}
              fields={[
                { kind: 'select', name: 'category', label: t('mappa.category'), placeholder: t('common.choose'), options: categories },
                { kind: 'select', name: 'levelSought', label: t('mappa.levelSought'), placeholder: t('common.choose'), options: ['2', '3'].map((l) => ({ value: l, label: t('mappa.levelN', { level: Number(l) }) })) },
                { kind: 'select', name: 'area', label: t('mappa.area'), placeholder: t('common.choose'), options: mappaAreas.map((a) => ({ value: a, label: t(`enums.region.${a}`) })), defaultValue: actor.region ?? '' },
                { kind: 'text', name: 'indexOffence', label: t('mappa.indexOffence') },
                { kind: 'text', name: 'sentence', label: t('mappa.sentence') },
                { kind: 'date', name: 'sentenceDate', label: t('mappa.sentenceDate') },
                { kind: 'date', name: 'releaseDate', label: t('mappa.releaseDate') },
                { kind: 'date', name: 'sentenceExpiryDate', label: t('mappa.sentenceExpiryDate') },
                { kind: 'textarea', name: 'reason', label: t('mappa.reason') },
                ...(o.documents.length > 0 ? [{ kind: 'checkboxes' as const, name: 'documentIds', label: t('mappa.riskReports'), hint: t('mappa.riskReportsHint'), options: o.documents.map((d) => ({ value: d.id, label: d.filename })) }] : []),
              ]} />
          </div>
        )}
      </section>
    </>
  )
}
