import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { getContactForEdit } from '@/server/contacts/get-contact-for-edit'
import { requireActor } from '@/server/session'
import { EditContactForm } from './edit-contact-form'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('contact')
  return { title: t('editTitle') }
}

export default async function EditContactPage({ params }: { params: Promise<{ id: string; contactId: string }> }) {
  const { id, contactId } = await recordIds(params)
  const actor = (await requireActor())
  const contact = await orNotFound(getContactForEdit(actor, contactId, id))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  return (
    <div className="max-w-2xl">
      <p>
        <Link href={`/offenders/${contact.offenderId}`}>{t('common.back')}</Link>
      </p>
      <h1 className="my-4 text-3xl font-bold">{t('contact.editTitle')}</h1>
      <p className="mb-6">
        {t(`enums.contactType.${contact.type}`)} · {formatDate(contact.occurredAt, 'dateTime')} ·{' '}
        {contact.offender.firstName} {contact.offender.lastName} ({contact.offender.crn})
      </p>
      <EditContactForm contactId={contact.id} version={contact.version} notes={contact.notes} isSensitive={contact.isSensitive} />
    </div>
  )
}
