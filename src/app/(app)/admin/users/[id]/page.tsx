import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { findAgencyChoices, getUser } from '@/server/users/get-user'
import { requireActor } from '@/server/session'
import { userFormChoices } from '../choices'
import { UserForm } from '../user-form'
import { ResetPasswordForm } from './reset-password-form'
import { ResetTwoStepForm } from './reset-two-step-form'
import { getUserTwoStep } from '@/server/two-step/manage'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.users')
  return { title: t('title') }
}

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await recordIds(params)
  const actor = (await requireActor())
  const [user, agencies] = await orNotFound(Promise.all([getUser(actor, id), findAgencyChoices(actor)]))
  const twoStep = await getUserTwoStep(actor, user.id)
  const t = await getTranslations()
  const choices = userFormChoices(agencies, (await getLocale()) === 'cy')
  return (
    <>
      <p><Link href="/admin/users">{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('admin.userForm.editTitle', { name: user.name })}</h1>
      <p className="mb-6">{user.email}</p>
      <UserForm
        initial={{ userId: user.id, version: user.version, name: user.name, email: user.email, agencyId: user.agencyId, teamId: user.teamId ?? '', roles: user.roles, locale: user.locale, status: user.status }}
        {...choices}
      />
      <ResetPasswordForm userId={user.id} />
      <ResetTwoStepForm userId={user.id} {...twoStep} />
    </>
  )
}
