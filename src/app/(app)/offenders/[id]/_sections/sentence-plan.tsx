import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm } from '@/components/action-form'
import { addObjectiveAction, updateObjectiveAction } from '@/server/plan/actions'
import type { Objective } from '@/server/plan/objectives'
import { objectiveStatuses, pathways, womenOnlyPathways } from '@/server/plan/plan.schemas'

/** Objectives linked to the nine pathways; the women's pathways are offered only for women. */
export async function SentencePlanSection({ offenderId, objectives, canUpdate, isFemale }: { offenderId: string; objectives: Objective[]; canUpdate: boolean; isFemale: boolean }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const common = { problemTitle: t('common.problem') }
  const offered = pathways.filter((p) => isFemale || !womenOnlyPathways.includes(p))
  return (
    <section aria-labelledby="sentence-plan-heading" className="mt-10">
      <h2 id="sentence-plan-heading" className="mb-4 text-2xl font-bold">{t('plan.title')}</h2>
      {objectives.length === 0 && <p className="mb-4">{t('plan.none')}</p>}
      <ul className="mb-6 space-y-4">
        {objectives.map((o) => (
          <li key={o.id} className="border-l-4 border-brand pl-3">
            <p className="font-bold">{t(`plan.pathway.${o.pathway}`)} · {t(`plan.status.${o.status}`)} · {t('plan.due', { date: formatDate(o.dueDate, 'day') })}</p>
            <p>{o.objective}</p>
            {o.actions && <p className="whitespace-pre-line text-gray-700">{o.actions}</p>}
            {canUpdate && (
              <ActionForm {...common} action={updateObjectiveAction} idPrefix={`objective-${o.id}`} hidden={{ objectiveId: o.id, version: o.version }} submitLabel={t('plan.changeStatus')} successMessage={t('plan.updated')}
                disclosure={{ summary: t('plan.changeStatus'), look: 'link' }}
                fields={[{ kind: 'select', name: 'status', label: t('plan.statusLabel'), defaultValue: o.status, options: objectiveStatuses.map((s) => ({ value: s, label: t(`plan.status.${s}`) })) }]} />
            )}
          </li>
        ))}
      </ul>
      {canUpdate && (
        <div className="max-w-xl">
          <h3 className="mb-2 text-xl font-bold">{t('plan.add')}</h3>
          <ActionForm {...common} action={addObjectiveAction} idPrefix="objective" hidden={{ offenderId }} submitLabel={t('plan.add')} successMessage={t('plan.added')} disclosure={t('record.form.objective')}
            fields={[
              { kind: 'select', name: 'pathway', label: t('plan.pathwayLabel'), placeholder: t('common.choose'), options: offered.map((p) => ({ value: p, label: t(`plan.pathway.${p}`) })) },
              { kind: 'textarea', name: 'objective', label: t('plan.objective') },
              { kind: 'textarea', name: 'actions', label: t('plan.actions') },
              { kind: 'date', name: 'dueDate', label: t('plan.dueDate') },
            ]} />
        </div>
      )}
    </section>
  )
}
