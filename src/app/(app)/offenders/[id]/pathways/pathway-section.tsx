import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import type { PathwayEntry } from '@/server/pathways/get-pathways'
import { needLabel, pathwayLabelKey } from '@/server/pathways/pathways'
import { PathwayHistory, PathwayObjectives } from './pathway-history'
import { PathwayRestrictionForm, PathwayUpdateForm } from './pathway-forms'

type Props = { offenderId: string; entry: PathwayEntry; canUpdate: boolean }

/** One pathway: what a restricted pathway's readers may know, or its needs, objectives, history and forms. */
export async function PathwaySection({ offenderId, entry, canUpdate }: Props) {
  const t = await getTranslations()
  const locale = await getLocale()
  const title = t(pathwayLabelKey(entry.pathway))
  const heading = `heading-${entry.pathway}`
  if (entry.hidden) {
    return (
      <section aria-labelledby={heading} className="mb-10 max-w-4xl">
        <h2 id={heading} className="mb-3 text-2xl font-bold">{title}</h2>
        <p className="border-l-4 border-gray-500 pl-3">{t('pathways.restrictedHidden')}</p>
      </section>
    )
  }
  return (
    <section aria-labelledby={heading} className="mb-12 max-w-4xl border-t-2 border-gray-300 pt-4">
      <h2 id={heading} className="mb-3 text-2xl font-bold">{title}</h2>
      {entry.restricted && <p className="mb-3 border-l-4 border-brand pl-3 font-bold">{t('pathways.restrictedNotice')}</p>}
      <dl className="mb-4 grid sm:grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold">{t('pathways.needLabel')}</dt>
        <dd>{entry.need ? t(`pathways.need.${entry.need}`) : t('pathways.notAssessed')}</dd>
        <dt className="font-bold">{t('pathways.statusLabel')}</dt>
        <dd>{entry.status ? t(`pathways.status.${entry.status}`) : t('pathways.notAssessed')}</dd>
      </dl>
      <h3 className="mb-1 text-xl font-bold">{t('pathways.supportNeeds')}</h3>
      {entry.needs.length === 0 ? <p className="mb-4">{t('pathways.noNeeds')}</p> : (
        <ul className="mb-4 list-disc pl-6">
          {entry.needs.map((n) => <li key={n.id}>{n.active ? needLabel(n, locale) : t('pathways.withdrawnNeed', { label: needLabel(n, locale) })}</li>)}
        </ul>
      )}
      <h3 className="mb-1 text-xl font-bold">{t('pathways.objectives')}</h3>
      <PathwayObjectives entry={entry} title={title} />
      {/* Only for those who may change the plan: through a break-glass opening there is no form there (re-break 54 F3). */}
      {canUpdate && <p className="mb-4"><Link href={`/offenders/${offenderId}#sentence-plan-heading`}>{t('pathways.editInPlan')}</Link></p>}
      <h3 className="mb-1 text-xl font-bold">{t('pathways.history')}</h3>
      <PathwayHistory entry={entry} title={title} />
      {canUpdate && <PathwayUpdateForm offenderId={offenderId} entry={entry} />}
      {canUpdate && <PathwayRestrictionForm offenderId={offenderId} entry={entry} />}
    </section>
  )
}
