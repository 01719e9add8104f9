import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { outcomeTableNames } from '@/lib/outcomes/columns'
import { COHORT_YOUNG_ADULT_AGES, YOUNG_ADULT_AGES } from '@/lib/young-adult'
import { PathwayDefinitions } from './pathway-definitions'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('outcomes.definitions')
  return { title: t('title') }
}

/** What each outcome indicator counts and where its definition comes from, in the reader's language (issue 14). */
export default async function OutcomeDefinitionsPage() {
  const t = await getTranslations('outcomes')
  return (
    <>
      <p><Link href="/outcomes">{t('definitions.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('definitions.title')}</h1>
      <p className="mb-8 max-w-3xl">{t('definitions.intro')}</p>
      {outcomeTableNames.map((name) => (
        <section key={name} aria-labelledby={`def-${name}`} className="mb-8 max-w-3xl">
          <h2 id={`def-${name}`} className="mb-2 text-2xl font-bold">{t(`tables.${name}`)}</h2>
          <p className="mb-2">{t(`definitions.${name}`)}</p>
          <p className="text-gray-700">{t('definitions.source', { source: t(`definitions.${name}Source`) })}</p>
        </section>
      ))}
      <PathwayDefinitions />
      <section aria-labelledby="def-groups" className="mb-8 max-w-3xl">
        <h2 id="def-groups" className="mb-2 text-2xl font-bold">{t('definitions.groupsTitle')}</h2>
        <p>{t('definitions.groups', COHORT_YOUNG_ADULT_AGES)}</p>
      </section>
      <section aria-labelledby="def-young-adults" className="mb-8 max-w-3xl">
        <h2 id="def-young-adults" className="mb-2 text-2xl font-bold">{t('definitions.youngAdultsTitle')}</h2>
        <p>{t('definitions.youngAdults', { cohortFrom: COHORT_YOUNG_ADULT_AGES.from, cohortTo: COHORT_YOUNG_ADULT_AGES.to, recordFrom: YOUNG_ADULT_AGES.from, recordTo: YOUNG_ADULT_AGES.to })}</p>
      </section>
      <section aria-labelledby="def-disclosure" className="mb-8 max-w-3xl">
        <h2 id="def-disclosure" className="mb-2 text-2xl font-bold">{t('definitions.disclosureTitle')}</h2>
        <p>{t('definitions.disclosure')}</p>
      </section>
    </>
  )
}
