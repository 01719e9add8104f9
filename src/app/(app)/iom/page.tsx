import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { SimpleTable } from '@/components/simple-table'
import { localisedName } from '@/lib/localised'
import { listCohorts } from '@/server/iom/cohorts'
import { findIomList } from '@/server/iom/iom-list'
import { can } from '@/server/policy'
import { requireActor } from '@/server/session'
import { criteriaLines } from './_criteria'
import { IomListSection } from './_iom-list'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('iom')
  return { title: t('title') }
}

/** IOM for police and probation: the cohorts of their force area, and the IOM list of current members. */
export default async function IomPage() {
  const actor = (await requireActor())
  const cohorts = await orNotFound(listCohorts(actor))
  const members = await findIomList(actor)
  const t = await getTranslations()
  const locale = await getLocale()
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t('iom.title')}</h1>
      <p className="mb-6">{actor.region ? t('iom.intro', { region: t(`enums.region.${actor.region}`) }) : t('iom.noRegion')}</p>

      <section aria-labelledby="cohorts-heading" className="mb-10">
        <h2 id="cohorts-heading" className="mb-3 text-2xl font-bold">{t('iom.cohorts')}</h2>
        {can(actor, 'iom.manage') && actor.region && (
          <p className="mb-4"><Link href="/iom/cohorts/new" className="font-bold">{t('iom.newCohort')}</Link></p>
        )}
        {cohorts.length === 0 ? <p>{t('iom.noCohorts')}</p> : (
          <SimpleTable labelledBy="cohorts-heading" rowHeaders headers={[t('iom.cohort'), t('iom.strand'), t('iom.criteria'), t('iom.reviewEvery'), t('iom.currentMembers')]} rows={cohorts.map((c) => ({
            key: c.id,
            cells: [
              <Link key="n" href={`/iom/cohorts/${c.id}`}>{localisedName(c, locale)}</Link>,
              t(`iom.strandName.${c.strand}`),
              <ul key="c">{criteriaLines(t, c).map((line) => <li key={line}>{line}</li>)}</ul>,
              t('iom.weeks', { weeks: c.reviewEveryWeeks }),
              c._count.members,
            ],
          }))} />
        )}
      </section>

      <IomListSection rows={members} />
    </>
  )
}
