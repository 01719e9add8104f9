import type { Metadata } from 'next'
import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { getContactForEdit } from '@/server/contacts/get-contact-for-edit'
import { getActor } from '@/server/session'
import { EditContactForm } from './edit-contact-form'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('contact')
  return { title: t('editTitle') }
}

export default async function EditContactPage({ params }: { params: Promise<{ id: string; contactId: string }> }) {
  const { id, contactId } = await params
  const actor = (await getActor())!
  const contact = await orNotFound(getContactForEdit(actor, contactId, id))
  const t = await getTranslations()
  const format = await getFormatter()
  return (
    <div className="max-w-2xl">
      <p>
        <Link href={`/offenders/${contact.offenderId}`}>{t('common.back')}</Link>
      </p>
      <h1 className="my-4 text-3xl font-bold">{t('contact.editTitle')}</h1>
      <p className="mb-6">
        {t(`enums.contactType.${contact.type}`)} · {format.dateTime(contact.occurredAt, { dateStyle: 'medium', timeStyle: 'short' })} ·{' '}
        {contact.offender.firstName} {contact.offender.lastName} ({contact.offender.crn})
      </p>
      <EditContactForm contactId={contact.id} version={contact.version} notes={contact.notes} isSensitive={contact.isSensitive} />
    </div>
  )
}
