import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { can } from '@/server/policy'
import { getActor } from '@/server/session'
import { AgencyForm } from '../agency-form'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.agencies')
  return { title: t('createTitle') }
}

export default async function NewAgencyPage() {
  if (!can(await getActor(), 'agency.manage')) notFound()
  const t = await getTranslations()
  return (
    <>
      <p><Link href="/admin/agencies">{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('admin.agencies.createTitle')}</h1>
      <AgencyForm initial={{ code: '', name: '', nameCy: '', kind: '', region: '', active: true }} />
    </>
  )
}
