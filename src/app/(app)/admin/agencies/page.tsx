import { TableScroll } from '@/components/table-scroll'
import type { Metadata } from 'next'
import Link from 'next/link'
import { localisedName } from '@/lib/localised'
import { getLocale, getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { findAgencies } from '@/server/agencies/find-agencies'
import { requireActor } from '@/server/session'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.agencies')
  return { title: t('title') }
}

export default async function AgenciesPage() {
  const agencies = await orNotFound(findAgencies((await requireActor())))
  const t = await getTranslations()
  const cy = (await getLocale()) === 'cy'
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t('admin.agencies.title')}</h1>
      <p className="mb-6"><Link href="/admin/agencies/new" className="font-bold">{t('admin.agencies.new')}</Link></p>
      <TableScroll label={t('admin.agencies.caption')}>
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t('admin.agencies.caption')}</caption>
          <thead className="border-b-2 border-gray-900">
            <tr>
              {(['name', 'code', 'kind', 'region', 'users', 'teams', 'active'] as const).map((c) => (
                <th key={c} scope="col" className="p-2">{t(`admin.agencies.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {agencies.map((a) => (
              <tr key={a.id} className="border-b border-gray-300">
                <td className="p-2"><Link href={`/admin/agencies/${a.id}`}>{localisedName(a, cy ? 'cy' : 'en')}</Link></td>
                <td className="p-2">{a.code}</td>
                <td className="p-2">{t(`enums.agencyKind.${a.kind}`)}</td>
                <td className="p-2">{a.region ? t(`enums.region.${a.region}`) : t('admin.agencies.noRegion')}</td>
                <td className="p-2">{a._count.users}</td>
                <td className="p-2">{a._count.teams}</td>
                <td className="p-2">{a.active ? t('common.yes') : t('common.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  )
}
