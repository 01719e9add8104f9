import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { getAgency } from '@/server/agencies/find-agencies'
import { requireActor } from '@/server/session'
import { AgencyForm } from '../agency-form'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.agencies')
  return { title: t('title') }
}

export default async function EditAgencyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await recordIds(params)
  const agency = await orNotFound(getAgency((await requireActor()), id))
  const t = await getTranslations()
  const cy = (await getLocale()) === 'cy'
  const label = (o: { name: string; nameCy: string | null }) => (cy && o.nameCy ? o.nameCy : o.name)
  return (
    <>
      <p><Link href="/admin/agencies">{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('admin.agencies.editTitle', { name: label(agency) })}</h1>
      <p className="mb-6">{agency.code}</p>
      {/* Not keyed by version: remounting on the saved version lost the "Changes saved." notice (walk 50 F5). */}
      <AgencyForm
        initial={{ agencyId: agency.id, version: agency.version, code: agency.code, name: agency.name, nameCy: agency.nameCy ?? '', kind: agency.kind, region: agency.region ?? '', active: agency.active, requireTwoStep: agency.requireTwoStep }}
      />
      <section aria-labelledby="teams-heading" className="mt-12">
        <h2 id="teams-heading" className="mb-2 text-2xl font-bold">{t('admin.agencies.teams')}</h2>
        {agency.teams.length === 0 ? (
          <p>{t('admin.agencies.noTeams')}</p>
        ) : (
          <ul className="list-disc pl-6">
            {agency.teams.map((team) => (
              <li key={team.id}>
                {label(team)}
                {team.area && ` — ${t('admin.agencies.ldu')}: ${label(team.area)}`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
