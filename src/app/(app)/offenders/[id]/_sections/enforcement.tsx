import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm } from '@/components/action-form'
import { countersignEnforcementAction, decideEnforcementAction } from '@/server/appointments/actions'
import { enforcementKinds } from '@/server/enforcement/enforcement.schemas'
import type { EnforcementEntry } from '@/server/enforcement/find-enforcement'
import { can, type Actor } from '@/server/policy'

/** The record's enforcement entries; decisions and countersignatures only where the viewer may change the record (`canChange`). */
export async function EnforcementSection({ actor, entries, canChange }: { actor: Actor; entries: EnforcementEntry[]; canChange: boolean }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  if (entries.length === 0) return null
  const common = { problemTitle: t('common.problem') }
  return (
    <section aria-labelledby="enforcement-heading" className="mt-10">
      <h2 id="enforcement-heading" className="mb-4 text-2xl font-bold">{t('enforcement.title')}</h2>
      <ul className="space-y-6">
        {entries.map((e) => {
          const decide = e.status === 'AWAITING_DECISION' || e.status === 'REJECTED'
          const countersign = canChange && e.status === 'AWAITING_COUNTERSIGNATURE' && can(actor, 'enforcement.countersign') && e.decidedById !== actor.userId
          return (
            <li key={e.id} className="border-l-4 border-error pl-3">
              <p className="font-bold">
                {t('enforcement.failure', { date: formatDate(e.failureContact.occurredAt, 'dateTime') })} · {t(`enforcement.status.${e.status}`)}
              </p>
              {e.kind && <p>{t(`enums.outcome.${e.kind}`)}: {e.reason}</p>}
              {!decide && e.breachExpected && <p className="text-sm font-bold">{t('breachRule.expectedTag')}</p>}
              {e.noBreachReason && <p>{t('breachRule.noBreachReasonLine', { reason: e.noBreachReason })}</p>}
              {e.countersignNote && <p>{t('enforcement.seniorNote', { note: e.countersignNote })}</p>}
              {e.status === 'ISSUED' && (
                <p>
                  <a href={`/offenders/${e.offender.id}/enforcement/${e.id}/letter`}>{t('letters.download')}</a>
                </p>
              )}
              {decide && e.breachWarningAt && (
                // Probation practice: a second unacceptable absence within 12 months of a warning prompts breach.
                <div className="my-2 border-l-4 border-error bg-red-50 p-3">
                  <p className="font-bold">{t('breachRule.expected', { date: formatDate(e.breachWarningAt, 'date') })}</p>
                  <p>{t('breachRule.expectedHint')}</p>
                </div>
              )}
              {decide && canChange && (
                <ActionForm {...common} action={decideEnforcementAction} idPrefix={`decide-${e.id}`} hidden={{ enforcementId: e.id, version: e.version }} submitLabel={t('enforcement.decide')} successMessage={t('enforcement.decided')}
                  fields={[
                    { kind: 'select', name: 'kind', label: t('enforcement.kind'), hint: t('enforcement.kindHint'), placeholder: t('common.choose'), defaultValue: e.breachWarningAt && (e.decisions ?? enforcementKinds).includes('BREACH') ? 'BREACH' : undefined, options: (e.decisions ?? enforcementKinds).map((k) => ({ value: k, label: t(`enums.outcome.${k}`) })) },
                    { kind: 'textarea', name: 'reason', label: t('enforcement.reason') },
                    ...(e.breachWarningAt ? [{ kind: 'textarea' as const, name: 'noBreachReason', label: t('breachRule.noBreachReason'), hint: t('breachRule.noBreachReasonHint') }] : []),
                  ]} />
              )}
              {countersign && (
                <ActionForm {...common} action={countersignEnforcementAction} idPrefix={`countersign-${e.id}`} hidden={{ enforcementId: e.id, version: e.version }} submitLabel={t('enforcement.countersign')} successMessage={t('enforcement.countersigned')}
                  fields={[
                    { kind: 'select', name: 'decision', label: t('enforcement.decision'), placeholder: t('common.choose'), options: (['APPROVE', 'REJECT'] as const).map((d) => ({ value: d, label: t(`enforcement.decisionOption.${d}`) })) },
                    { kind: 'textarea', name: 'note', label: t('enforcement.note'), hint: t('enforcement.noteHint') },
                  ]} />
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
