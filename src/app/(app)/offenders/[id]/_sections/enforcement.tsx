import { getFormatter, getTranslations } from 'next-intl/server'
import { ActionForm } from '@/components/action-form'
import { countersignEnforcementAction, decideEnforcementAction } from '@/server/appointments/actions'
import { enforcementKinds } from '@/server/enforcement/enforcement.schemas'
import type { EnforcementEntry } from '@/server/enforcement/find-enforcement'
import { can, type Actor } from '@/server/policy'

export async function EnforcementSection({ actor, entries }: { actor: Actor; entries: EnforcementEntry[] }) {
  const t = await getTranslations()
  const format = await getFormatter()
  if (entries.length === 0) return null
  const common = { problemTitle: t('common.problem') }
  return (
    <section aria-labelledby="enforcement-heading" className="mt-10">
      <h2 id="enforcement-heading" className="mb-4 text-2xl font-bold">{t('enforcement.title')}</h2>
      <ul className="space-y-6">
        {entries.map((e) => {
          const decide = e.status === 'AWAITING_DECISION' || e.status === 'REJECTED'
          const countersign = e.status === 'AWAITING_COUNTERSIGNATURE' && can(actor, 'enforcement.countersign') && e.decidedById !== actor.userId
          return (
            <li key={`${e.id}-${e.version}`} className="border-l-4 border-error pl-3">
              <p className="font-bold">
                {t('enforcement.failure', { date: format.dateTime(e.failureContact.occurredAt, { dateStyle: 'medium', timeStyle: 'short' }) })} · {t(`enforcement.status.${e.status}`)}
              </p>
              {e.kind && <p>{t(`enums.outcome.${e.kind}`)}: {e.reason}</p>}
              {e.countersignNote && <p>{t('enforcement.seniorNote', { note: e.countersignNote })}</p>}
              {decide && (
                <ActionForm {...common} action={decideEnforcementAction} idPrefix={`decide-${e.id}`} hidden={{ enforcementId: e.id, version: e.version }} submitLabel={t('enforcement.decide')} successMessage={t('enforcement.decided')}
                  fields={[
                    { kind: 'select', name: 'kind', label: t('enforcement.kind'), hint: t('enforcement.kindHint'), placeholder: t('common.choose'), options: enforcementKinds.map((k) => ({ value: k, label: t(`enums.outcome.${k}`) })) },
                    { kind: 'textarea', name: 'reason', label: t('enforcement.reason') },
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
