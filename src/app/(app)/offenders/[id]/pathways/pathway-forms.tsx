import { getLocale, getTranslations } from 'next-intl/server'
import { ActionForm } from '@/components/action-form'
import { setPathwayRestrictionAction, updatePathwayAction } from '@/server/pathways/actions'
import type { PathwayEntry } from '@/server/pathways/get-pathways'
import { needLabel, pathwayNeeds, pathwayStatuses } from '@/server/pathways/pathways'

type Props = { offenderId: string; entry: Extract<PathwayEntry, { hidden: false }> }

/** Need, status, the support needs that apply (from the catalogue, in the reader's language) and a note. */
export async function PathwayUpdateForm({ offenderId, entry }: Props) {
  const t = await getTranslations()
  const locale = await getLocale()
  return (
    <div className="mb-6 max-w-2xl">
      <h3 className="mb-2 text-xl font-bold">{t('pathways.recordUpdate')}</h3>
      <ActionForm
        problemTitle={t('common.problem')}
        action={updatePathwayAction}
        idPrefix={`update-${entry.pathway}`}
        hidden={{ offenderId, pathway: entry.pathway, version: entry.version }}
        fields={[
          { kind: 'select', name: 'need', label: t('pathways.needLabel'), placeholder: t('common.choose'), defaultValue: entry.need ?? '', options: pathwayNeeds.map((n) => ({ value: n, label: t(`pathways.need.${n}`) })) },
          { kind: 'select', name: 'status', label: t('pathways.statusLabel'), placeholder: t('common.choose'), defaultValue: entry.status ?? '', options: pathwayStatuses.map((s) => ({ value: s, label: t(`pathways.status.${s}`) })) },
          { kind: 'checkboxes', name: 'needIds', label: t('pathways.needsLabel'), hint: t('pathways.needsHint'), defaultValue: entry.needs.map((n) => n.id).join(','), options: entry.choices.map((n) => ({ value: n.id, label: n.active ? needLabel(n, locale) : t('pathways.withdrawnNeed', { label: needLabel(n, locale) }) })) },
          { kind: 'textarea', name: 'note', label: t('pathways.note'), hint: t('pathways.noteHint') },
        ]}
        submitLabel={t('pathways.save')}
        successMessage={t('pathways.saved')}
      />
    </div>
  )
}

/** The offender manager lifts the restriction on a pathway, or puts it back (women's pathways start restricted). */
export async function PathwayRestrictionForm({ offenderId, entry }: Props) {
  const t = await getTranslations()
  return (
    <div className="max-w-2xl">
      <p className="mb-2 text-sm text-gray-700">{t('pathways.restrictHint')}</p>
      <ActionForm
        problemTitle={t('common.problem')}
        action={setPathwayRestrictionAction}
        idPrefix={`restrict-${entry.pathway}`}
        hidden={{ offenderId, pathway: entry.pathway, version: entry.version, restricted: entry.restricted ? 'false' : 'true' }}
        fields={[]}
        submitLabel={entry.restricted ? t('pathways.unrestrict') : t('pathways.restrict')}
        successMessage={t('pathways.restrictionChanged')}
        variant="secondary"
      />
    </div>
  )
}
