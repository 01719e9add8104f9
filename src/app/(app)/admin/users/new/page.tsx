import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { findAgencyChoices } from '@/server/users/get-user'
import { requireActor } from '@/server/session'
import { userFormChoices } from '../choices'
import { UserForm } from '../user-form'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.userForm')
  return { title: t('createTitle') }
}

export default async function NewUserPage() {
  const agencies = await orNotFound(findAgencyChoices((await requireActor())))
  const t = await getTranslations()
  const choices = userFormChoices(agencies, (await getLocale()) === 'cy')
  return (
    <>
      <p><Link href="/admin/users">{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('admin.userForm.createTitle')}</h1>
      <UserForm initial={{ name: '', email: '', agencyId: '', teamId: '', roles: [], locale: 'en', status: 'ACTIVE' }} {...choices} />
    </>
  )
}
