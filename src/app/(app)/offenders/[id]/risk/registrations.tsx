import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm } from '@/components/action-form'
import { addRegistrationAction, deregisterAction, reviewRegistrationAction } from '@/server/risk/actions'
import { registrationTypes } from '@/server/risk/risk.schemas'
import { ReviewHistory, type FlagReview } from './review-history'

type Flag = { id: string; type: string; level: number | null; category: number | null; notes: string | null; registeredAt: Date; nextReviewDate: Date | null; deregisteredAt: Date | null; deregisterReason: string | null; version: number; reviews: FlagReview[] }

export async function Registrations({ offenderId, flags, canUpdate, names }: { offenderId: string; flags: Flag[]; canUpdate: boolean; names: Record<string, string> }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const day = (d: Date) => formatDate(d, 'day')
  const active = flags.filter((f) => !f.deregisteredAt)
  const ended = flags.filter((f) => f.deregisteredAt)
  const common = { problemTitle: t('common.problem') }
  const label = (f: Flag) => [t(`enums.flag.${f.type}`), f.level !== null && t('risk.level', { level: f.level }), f.category !== null && t('risk.category', { category: f.category })].filter(Boolean).join(' · ')
  return (
    <section aria-labelledby="registrations-heading" className="mb-10">
      <h2 id="registrations-heading" className="mb-4 text-2xl font-bold">{t('risk.flags')}</h2>
      {active.length === 0 && <p className="mb-4">{t('risk.noRegistrations')}</p>}
      <ul className="mb-6 space-y-6">
        {active.map((f) => (
          <li key={f.id} className="border-l-4 border-brand pl-3">
            <p className="font-bold">{label(f)}</p>
            <p>{t('risk.registeredOn', { date: day(f.registeredAt) })}{f.nextReviewDate && ` · ${t('risk.reviewDue', { date: day(f.nextReviewDate) })}`}</p>
            {f.notes && <p className="whitespace-pre-line">{f.notes}</p>}
            <ReviewHistory flagId={f.id} reviews={f.reviews} names={names} />
            {canUpdate && (
              <div className="mt-2 grid gap-4 md:grid-cols-2">
                <div>
                  <ActionForm {...common} action={reviewRegistrationAction} idPrefix={`review-${f.id}`} hidden={{ flagId: f.id, version: f.version }} submitLabel={t('risk.review')} successMessage={t('risk.reviewed')}
                    disclosure={{ summary: t('risk.review'), look: 'link' }} fields={[{ kind: 'date', name: 'nextReviewDate', label: t('risk.nextReview') }, { kind: 'textarea', name: 'notes', label: t('risk.reviewNotes') }]} />
                </div>
                <div>
                  <ActionForm {...common} action={deregisterAction} idPrefix={`end-${f.id}`} hidden={{ flagId: f.id, version: f.version }} submitLabel={t('risk.end')} successMessage={t('risk.ended')} variant="warning"
                    disclosure={{ summary: t('risk.end'), look: 'link' }} fields={[{ kind: 'text', name: 'reason', label: t('risk.endReason') }]} />
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
      {canUpdate && (
        <div className="mb-8 max-w-xl">
          <h3 className="mb-2 text-xl font-bold">{t('risk.add')}</h3>
          <ActionForm {...common} action={addRegistrationAction} idPrefix="add-registration" hidden={{ offenderId }} submitLabel={t('risk.add')} successMessage={t('risk.added')} disclosure={t('record.form.registration')}
            fields={[
              { kind: 'select', name: 'type', label: t('risk.type'), placeholder: t('common.choose'), options: registrationTypes.map((r) => ({ value: r, label: t(`enums.flag.${r}`) })) },
              { kind: 'select', name: 'level', label: t('risk.mappaLevel'), hint: t('risk.mappaOnly'), placeholder: t('common.none'), options: ['1', '2', '3'].map((v) => ({ value: v, label: v })) },
              { kind: 'select', name: 'category', label: t('risk.mappaCategory'), hint: t('risk.mappaOnly'), placeholder: t('common.none'), options: ['1', '2', '3', '4'].map((v) => ({ value: v, label: v })) },
              { kind: 'date', name: 'nextReviewDate', label: t('risk.nextReview') },
              { kind: 'textarea', name: 'notes', label: t('risk.reviewNotes') },
            ]} />
        </div>
      )}
      {ended.length > 0 && (
        <>
          <h3 className="mb-2 text-xl font-bold">{t('risk.endedTitle')}</h3>
          <ul className="space-y-2">
            {ended.map((f) => (
              <li key={f.id}>{label(f)} · {t('risk.endedLine', { date: day(f.deregisteredAt!), reason: f.deregisterReason ?? '' })}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
