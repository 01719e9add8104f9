import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { contactText } from '@/lib/contact-events'
import { isFlowContact } from '@/server/enforcement/enforcement-rules'
import type { ContactEntry } from '@/server/offenders/offender-record.select'
import { requireActor } from '@/server/session'

/** Timeline entries, newest first, with the author's agency and the sensitivity marker. */
export async function ContactList({ offenderId, contacts, canEdit }: { offenderId: string; contacts: ContactEntry[]; canEdit: boolean }) {
  const t = await getTranslations()
  if (contacts.length === 0) return <p>{t('contact.none')}</p>
  return (
    <ol className="space-y-4">
      {contacts.map((c) => (
        <ContactItem key={c.id} offenderId={offenderId} c={c} canEdit={canEdit} />
      ))}
    </ol>
  )
}

/**
 * One contact as a list item: type, time, outcome, notes, author; an edit link for its author's own free contacts when
 * `canEdit` (the actor may write the record: not through a break-glass opening, walk 53 F3).
 */
export async function ContactItem({ offenderId, c, canEdit }: { offenderId: string; c: ContactEntry; canEdit: boolean }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const cy = (await getLocale()) === 'cy'
  const actor = (await requireActor())
  return (
    <li className="border-l-4 border-brand pl-3">
      <p className="font-bold">
        {t(`enums.contactType.${c.type}`)} · {formatDate(c.occurredAt, 'dateTime')}
        {c.outcome && ` · ${t(`enums.outcome.${c.outcome}`)}`}
        {c.isSensitive && <span className="ml-2 bg-yellow-200 px-1 text-sm">{t('contact.sensitive')}</span>}
      </p>
      {c.location && <p>{t('appointments.locationLine', { location: c.location })}</p>}
      {c.cancelledAt && <p className="font-bold">{t('appointments.cancelledLine', { reason: c.cancelReason ?? '' })}</p>}
      {c.absenceReason && <p>{t('appointments.absenceLine', { reason: c.absenceReason })}</p>}
      <p className="whitespace-pre-line">{contactText(t, cy ? 'cy' : 'en', c)}</p>
      <p className="text-sm text-gray-700">
        {t('contact.by', { author: c.author.name, agency: cy && c.authorAgency.nameCy ? c.authorAgency.nameCy : c.authorAgency.name })}
        {canEdit && c.authorId === actor.userId && !isFlowContact(c) && (
          <>
            {' · '}
            <Link href={`/offenders/${offenderId}/contacts/${c.id}`}>{t('contact.edit')}</Link>
          </>
        )}
      </p>
    </li>
  )
}
