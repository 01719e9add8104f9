import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { SimpleTable } from '@/components/simple-table'
import { localisedName } from '@/lib/localised'
import { getOffenderPathways, type PathwayEntry } from '@/server/pathways/get-pathways'
import { pathwayLabelKey } from '@/server/pathways/pathways'
import { requireActor } from '@/server/session'
import { PathwaySection } from './pathway-section'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('pathways')
  return { title: t('title') }
}

/** A person's nine (or seven) pathways: the summary, then each pathway's needs, plan objectives, history and update form. */
export default async function OffenderPathwaysPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = (await requireActor())
  const o = await orNotFound(getOffenderPathways(actor, (await recordIds(params)).id))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  const last = (p: PathwayEntry) => {
    if (p.hidden) return t('pathways.restricted')
    const u = p.updates[0]
    return u ? t('pathways.lastUpdateLine', { date: formatDate(u.createdAt, 'date'), agency: localisedName(u.authorAgency, locale) }) : t('pathways.noUpdates')
  }
  const summaryRows = o.pathways.map((p) => ({
    key: p.pathway,
    cells: [
      <a key="p" href={`#heading-${p.pathway}`}>{t(pathwayLabelKey(p.pathway))}</a>,
      p.hidden ? t('pathways.restricted') : p.need ? t(`pathways.need.${p.need}`) : t('pathways.notAssessed'),
      p.hidden ? t('pathways.restricted') : p.status ? t(`pathways.status.${p.status}`) : t('pathways.notAssessed'),
      last(p),
    ],
  }))
  return (
    <>
      <p><Link href={`/offenders/${o.person.id}`}>{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('pathways.heading', { name: `${o.person.firstName} ${o.person.lastName}`, crn: o.person.crn })}</h1>
      {o.canRefer && <p className="mb-6"><Link href={`/offenders/${o.person.id}/referrals`} className="font-bold">{t('pathways.refer')}</Link></p>}
      <section aria-labelledby="pathways-summary" className="mb-10">
        <h2 id="pathways-summary" className="mb-3 text-2xl font-bold">{t('pathways.summary')}</h2>
        <SimpleTable labelledBy="pathways-summary" rowHeaders headers={[t('pathways.pathway'), t('pathways.needLabel'), t('pathways.statusLabel'), t('pathways.lastUpdate')]} rows={summaryRows} />
      </section>
      {o.pathways.map((p) => <PathwaySection key={p.pathway} offenderId={o.person.id} entry={p} canUpdate={o.canUpdate} />)}
    </>
  )
}
