import { getTranslations } from 'next-intl/server'
import { pathwayDefinitionIds } from '@/lib/outcomes/columns'

/**
 * The resettlement pathway table's measures on the definitions page (issue 14, leads' item 2): each measure as the
 * dashboard names it, what it counts and its source, then how the percentages are worked out; in the reader's language.
 */
export async function PathwayDefinitions() {
  const t = await getTranslations()
  const tr = t as unknown as (key: string, values?: Record<string, string>) => string
  return (
    <section aria-labelledby="def-pathways" className="mb-8 max-w-3xl">
      <h2 id="def-pathways" className="mb-2 text-2xl font-bold">{t('outcomesLead.pathwayDefinitions.title')}</h2>
      <p className="mb-4">{t('outcomesLead.pathwayDefinitions.intro')}</p>
      {pathwayDefinitionIds.map((id) => (
        <div key={id} className="mb-4">
          <h3 className="mb-1 text-xl font-bold">{tr(`outcomesMore.pathways.measures.${id}`)}</h3>
          <p className="mb-1">{tr(`outcomesLead.pathwayDefinitions.${id}`)}</p>
          <p className="text-gray-700">{t('outcomes.definitions.source', { source: tr(`outcomesLead.pathwayDefinitions.${id}Source`) })}</p>
        </div>
      ))}
      <p>{t('outcomesLead.pathwayDefinitions.rates')}</p>
    </section>
  )
}
