import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import type { OffenderRecord } from '@/server/offenders/get-offender'
import { ContactList } from './contact-list'

export async function ContactsSection({ record }: { record: OffenderRecord }) {
  const t = await getTranslations()
  return (
    <section aria-labelledby="contacts-heading" className="mt-10">
      <h2 id="contacts-heading" className="mb-3 text-2xl font-bold">
        {t('contact.recent')}
      </h2>
      <p className="mb-4">
        <Link href={`/offenders/${record.id}/timeline`}>{t('timeline.link')}</Link>
      </p>
      <ContactList offenderId={record.id} contacts={record.contacts} canEdit={record.inWriteScope} />
    </section>
  )
}
