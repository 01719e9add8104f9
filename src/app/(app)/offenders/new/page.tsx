import { randomUUID } from 'node:crypto'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { can } from '@/server/policy'
import { getActor } from '@/server/session'
import { CreateOffenderForm } from './create-form'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('createPerson')
  return { title: t('title') }
}

export default async function NewOffenderPage() {
  const actor = await getActor()
  if (!can(actor, 'offender.create') || !actor?.teamId) notFound()
  const t = await getTranslations('createPerson')
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6">{t('intro')}</p>
      <CreateOffenderForm idempotencyKey={randomUUID()} />
    </>
  )
}
