import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { SimpleTable, type TableName } from '@/components/simple-table'
import { formatFigure } from '@/lib/outcomes/columns'
import { localisedName } from '@/lib/localised'

type Scheme = { id: string; name: string; nameCy: string | null; funderName: string; funderNameCy: string | null; region: string; serves: string; fundings: { amountPence: number }[] }

/**
 * Schemes as a table (name, funder, area, what they serve, total funding), each name a link: to its report for
 * viewers, to its edit form for administrators (`href` and `linkLabel` say which).
 */
export async function SchemeList({ schemes, href, linkLabel, ...name }: TableName & { schemes: Scheme[]; href: (id: string) => string; linkLabel: (name: string) => string }) {
  const t = await getTranslations()
  const locale = await getLocale()
  return (
    <SimpleTable {...name} rowHeaders
      headers={[t('outcomesSchemes.name'), t('outcomesSchemes.funder'), t('outcomesSchemes.area'), t('outcomesSchemes.serves'), t('outcomesSchemes.funding')]}
      rows={schemes.map((s) => ({
        key: s.id,
        cells: [
          <Link key="name" href={href(s.id)} aria-label={linkLabel(localisedName(s, locale))}>{localisedName(s, locale)}</Link>,
          localisedName({ name: s.funderName, nameCy: s.funderNameCy }, locale),
          t(`enums.region.${s.region as 'NORTH_WALES'}`),
          t(`outcomesSchemes.servesKinds.${s.serves as 'COSA_CIRCLES'}`),
          formatFigure(s.fundings.reduce((sum, f) => sum + f.amountPence, 0), 'money', locale),
        ],
      }))} />
  )
}
