import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { ActionForm, type FieldSpec } from '@/components/action-form'
import { Button } from '@/components/button'
import { SelectField } from '@/components/select-field'
import { localisedName } from '@/lib/localised'
import { referToPartnerAction } from '@/server/partners/actions'
import type { getPersonReferrals } from '@/server/partners/person-referrals'

type Choices = NonNullable<Awaited<ReturnType<typeof getPersonReferrals>>['choices']>

/**
 * A new referral in two steps that work without JavaScript: choose one of the services the person is eligible for
 * (a GET form, so the choice lives in the address), then the referral on that service's pathways and needs.
 */
export async function NewReferral({ offenderId, choices }: { offenderId: string; choices: Choices }) {
  const t = await getTranslations()
  const locale = await getLocale()
  const { services, chosen } = choices
  const label = (s: Choices['services'][number]) =>
    t(s.substanceMisuse ? 'personReferrals.serviceOptionSubstance' : 'personReferrals.serviceOption', { service: localisedName(s, locale), provider: localisedName(s.providerAgency, locale) })
  const fields: FieldSpec[] = chosen
    ? [
        { kind: 'select', name: 'pathway', label: t('personReferrals.pathwayLabel'), options: chosen.pathways.map((p) => ({ value: p, label: t(`plan.pathway.${p}`) })), placeholder: t('common.choose'), defaultValue: chosen.pathways.length === 1 ? chosen.pathways[0] : '' },
        ...(chosen.needs.length
          ? [{ kind: 'checkboxes', name: 'needIds', label: t('personReferrals.needsLabel'), hint: t('personReferrals.needsHint'),
              options: chosen.needs.map((n) => ({ value: n.id, label: t('personReferrals.needOption', { pathway: t(`plan.pathway.${n.pathway}`), need: locale === 'cy' ? n.labelCy : n.label }) })) } satisfies FieldSpec]
          : []),
        { kind: 'textarea', name: 'reason', label: t('personReferrals.reasonLabel'), hint: t('personReferrals.reasonHint') },
        ...(chosen.substanceMisuse ? [{ kind: 'checkboxes', name: 'priority', label: t('personReferrals.priorityLabel'), options: [{ value: 'on', label: t('personReferrals.priorityOption') }] } satisfies FieldSpec] : []),
        { kind: 'checkboxes', name: 'consentToShare', label: t('personReferrals.consentLabel'), options: [{ value: 'on', label: t('personReferrals.consentOption') }] },
      ]
    : []
  return (
    <section aria-labelledby="refer-heading" className="max-w-2xl">
      <h2 id="refer-heading" className="mb-3 text-2xl font-bold">{t('personReferrals.refer')}</h2>
      {services.length === 0 ? <p>{t('personReferrals.noServices')}</p> : !chosen ? (
        <form noValidate method="get" action={`/offenders/${offenderId}/referrals`} className="space-y-3">
          <SelectField name="service" idPrefix="choose" label={t('personReferrals.service')} hint={t('personReferrals.serviceHint')} placeholder={t('common.choose')} defaultValue="" options={services.map((s) => ({ value: s.id, label: label(s) }))} />
          <Button type="submit">{t('personReferrals.continue')}</Button>
        </form>
      ) : (
        <>
          <p className="mb-1 font-bold">{t('personReferrals.chosen', { service: label(chosen) })}</p>
          <p className="mb-4"><Link href={`/offenders/${offenderId}/referrals`}>{t('personReferrals.changeService')}</Link></p>
          {chosen.needs.length === 0 && <p className="mb-4">{t('personReferrals.noCatalogue')}</p>}
          <ActionForm problemTitle={t('common.problem')} action={referToPartnerAction} idPrefix="refer" hidden={{ offenderId, serviceId: chosen.id }} fields={fields} submitLabel={t('personReferrals.submit')} successMessage={t('personReferrals.sent')} />
        </>
      )}
    </section>
  )
}
