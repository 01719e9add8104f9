import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ActionForm } from '@/components/action-form'
import { localisedName } from '@/lib/localised'
import { recordConcernOutcomeAction, referToCosaAction } from '@/server/cosa/actions'
import { concernsAbout } from '@/server/cosa/concerns'
import { programmes } from '@/server/cosa/circles.schemas'
import { circleStageKey } from '@/server/cosa/circle-dates'
import { getOffenderCosa } from '@/server/cosa/referrals'
import { requireActor } from '@/server/session'
import { OuterCircleView } from './outer-circle-section'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('cosaReferral')
  return { title: t('title') }
}

/** COSA on a person's record: referrals made and their outcome, and a new referral with the core member's consent. */
export default async function OffenderCosaPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = (await requireActor())
  const o = await orNotFound(getOffenderCosa(actor, (await recordIds(params)).id))
  const concerns = await concernsAbout(actor, o.id)
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  return (
    <>
      <p><Link href={`/offenders/${o.id}`}>{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('cosaReferral.heading', { name: `${o.firstName} ${o.lastName} (${o.crn})` })}</h1>
      <section aria-labelledby="cosa-referrals" className="mb-10">
        <h2 id="cosa-referrals" className="mb-3 text-2xl font-bold">{t('cosaReferral.made')}</h2>
        {o.cosaReferrals.length === 0 ? <p>{t('cosaReferral.none')}</p> : (
          <ul className="space-y-3">
            {o.cosaReferrals.map((r) => (
              <li key={r.id} className="border-l-4 border-brand pl-3">
                <p className="font-bold">{t('cosaReferral.summary', { provider: localisedName(r.providerAgency, locale), date: formatDate(r.createdAt, 'date') })}</p>
                <p>{t(`enums.cosaReferralStatus.${r.status}`)}{r.decisionReason && ` — ${r.decisionReason}`}{r.circle && ` · ${t('cosaReferral.circle', { status: t(circleStageKey(r.circle)) })}`}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <OuterCircleView actor={actor} offenderId={o.id} />
      <section aria-labelledby="cosa-concerns" className="mb-10 max-w-3xl">
        <h2 id="cosa-concerns" className="mb-3 text-2xl font-bold">{t('concerns.about')}</h2>
        {concerns.length === 0 ? <p>{t('concerns.noneAbout')}</p> : (
          <ul className="space-y-6">
            {concerns.map((c) => (
              <li key={c.id} className="border-l-4 border-error pl-3">
                <p className="font-bold">{t(`enums.concernUrgency.${c.urgency}`)} — {t('concerns.passed', { when: formatDate(c.passedAt!, 'dateTime') })}</p>
                <p className="whitespace-pre-wrap">{c.description}</p>
                <p className="mb-2 whitespace-pre-wrap"><span className="font-bold">{t('concerns.judgement')}:</span> {c.riskJudgement}</p>
                {c.status === 'CLOSED' ? (
                  <p><span className="font-bold">{t('concerns.outcome')}:</span> {c.outcome}</p>
                ) : (
                  <ActionForm problemTitle={t('common.problem')} action={recordConcernOutcomeAction} idPrefix={`outcome-${c.id}`} hidden={{ concernId: c.id, offenderId: o.id }} fields={[{ kind: 'textarea', name: 'outcome', label: t('concerns.outcome') }]} submitLabel={t('concerns.recordOutcome')} successMessage={t('concerns.outcomeRecorded')} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {/* Not offered where it cannot be sent, saying why (break test of issue 16, D2). */}
      {o.referBlocked && (
        <section aria-labelledby="cosa-refer" className="max-w-2xl">
          <h2 id="cosa-refer" className="mb-3 text-2xl font-bold">{t('cosaReferral.refer')}</h2>
          <p>{t(`cosaBreak.referBlocked.${o.referBlocked}`)}</p>
        </section>
      )}
      {o.canRefer && (
        <section aria-labelledby="cosa-refer" className="max-w-2xl">
          <h2 id="cosa-refer" className="mb-3 text-2xl font-bold">{t('cosaReferral.refer')}</h2>
          <ActionForm
            problemTitle={t('common.problem')}
            action={referToCosaAction}
            idPrefix="cosa"
            hidden={{ offenderId: o.id }}
            fields={[
              { kind: 'select', name: 'providerAgencyId', label: t('cosaReferral.provider'), options: o.providers.map((p) => ({ value: p.id, label: localisedName(p, locale) })), placeholder: t('common.choose') },
              { kind: 'select', name: 'programme', label: t('cosaReferral.programme'), options: programmes.map((p) => ({ value: p, label: t(`enums.cosaProgramme.${p}`) })), placeholder: t('common.choose') },
              { kind: 'date', name: 'releaseDate', label: t('cosaReferral.releaseDate'), hint: t('cosaReferral.releaseDateHint') },
              { kind: 'textarea', name: 'eligibility', label: t('cosaReferral.eligibility'), hint: t('cosaReferral.eligibilityHint') },
              { kind: 'textarea', name: 'suitability', label: t('cosaReferral.suitability'), hint: t('cosaReferral.suitabilityHint') },
              { kind: 'checkboxes', name: 'documentIds', label: t('cosaReferral.documents'), options: o.documents.map((d) => ({ value: d.id, label: d.filename })) },
              { kind: 'checkboxes', name: 'consentToShare', label: t('cosaReferral.consent'), options: [{ value: 'on', label: t('cosaReferral.consentLabel') }] },
            ]}
            submitLabel={t('cosaReferral.submit')}
            successMessage={t('cosaReferral.sent')}
          />
        </section>
      )}
    </>
  )
}
