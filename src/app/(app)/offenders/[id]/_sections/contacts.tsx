import Link from 'next/link'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import type { OffenderRecord } from '@/server/offenders/get-offender'
import { getActor } from '@/server/session'

export async function ContactsSection({ record }: { record: OffenderRecord }) {
  const t = await getTranslations()
  const format = await getFormatter()
  const cy = (await getLocale()) === 'cy'
  const actor = (await getActor())!
  return (
    <section aria-labelledby="contacts-heading" className="mt-10">
      <h2 id="contacts-heading" className="mb-3 text-2xl font-bold">
        {t('contact.recent')}
      </h2>
      {record.contacts.length === 0 ? (
        <p>{t('contact.none')}</p>
      ) : (
        <ol className="space-y-4">
          {record.contacts.map((c) => (
            <li key={c.id} className="border-l-4 border-brand pl-3">
              <p className="font-bold">
                {t(`enums.contactType.${c.type}`)} · {format.dateTime(c.occurredAt, { dateStyle: 'medium', timeStyle: 'short' })}
                {c.outcome && ` · ${t(`enums.outcome.${c.outcome}`)}`}
                {c.isSensitive && <span className="ml-2 bg-yellow-200 px-1 text-sm">{t('contact.sensitive')}</span>}
              </p>
              <p className="whitespace-pre-line">{c.notes}</p>
              <p className="text-sm text-gray-700">
                {t('contact.by', { author: c.author.name, agency: cy && c.authorAgency.nameCy ? c.authorAgency.nameCy : c.authorAgency.name })}
                {c.authorId === actor.userId && (
                  <>
                    {' · '}
                    <Link href={`/offenders/${record.id}/contacts/${c.id}`}>{t('contact.edit')}</Link>
                  </>
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
