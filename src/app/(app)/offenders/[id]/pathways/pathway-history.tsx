import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { SimpleTable } from '@/components/simple-table'
import { localisedName } from '@/lib/localised'
import type { PathwayEntry } from '@/server/pathways/get-pathways'

type Shown = Extract<PathwayEntry, { hidden: false }>

/** The sentence plan's objectives on this pathway, read-only here: they are changed in the plan on the record page. */
export async function PathwayObjectives({ entry, title }: { entry: Shown; title: string }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  if (entry.objectives.length === 0) return <p className="mb-2">{t('pathways.noObjectives')}</p>
  return (
    <div className="mb-2">
      <SimpleTable caption={t('pathways.objectivesCaption', { pathway: title })} hideCaption headers={[t('pathways.objective'), t('pathways.dueDate'), t('pathways.statusLabel')]} rows={entry.objectives.map((o) => ({
        key: o.id,
        // A due date is a calendar day held as UTC midnight.
        cells: [o.objective, formatDate(o.dueDate, 'day'), t(`plan.status.${o.status}`)],
      }))} />
    </div>
  )
}

/** Every update to the pathway, newest first, with who wrote it and for which agency. */
export async function PathwayHistory({ entry, title }: { entry: Shown; title: string }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  if (entry.updates.length === 0) return <p className="mb-6">{t('pathways.noHistory')}</p>
  return (
    <div className="mb-6">
      <SimpleTable caption={t('pathways.historyCaption', { pathway: title })} hideCaption
        headers={[t('pathways.date'), t('pathways.author'), t('pathways.agency'), t('pathways.needLabel'), t('pathways.statusLabel'), t('pathways.note')]}
        rows={entry.updates.map((u) => ({
          key: u.id,
          cells: [
            formatDate(u.createdAt, 'dateTime'),
            u.author.name,
            localisedName(u.authorAgency, locale),
            u.need ? t(`pathways.need.${u.need}`) : t('pathways.notAssessed'),
            t(`pathways.status.${u.status}`),
            <span key="n" className="whitespace-pre-wrap">{u.note ?? ''}</span>,
          ],
        }))} />
    </div>
  )
}
