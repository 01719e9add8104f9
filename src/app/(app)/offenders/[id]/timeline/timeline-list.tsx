import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { localisedName } from '@/lib/localised'
import type { TimelineEntry } from '@/server/contacts/timeline-sources'
import { ContactItem } from '../_sections/contact-list'
import { sentenceEventText } from '../sentences/event-text'

type CourtEntry = Exclude<TimelineEntry, { kind: 'contact' }>

/** The person's timeline: contacts and court and custody entries (sentence events, further convictions) in one order. */
export async function TimelineList({ offenderId, entries, canEdit }: { offenderId: string; entries: TimelineEntry[]; canEdit: boolean }) {
  const t = await getTranslations()
  if (entries.length === 0) return <p>{t('contact.none')}</p>
  return (
    <ol className="space-y-4">
      {entries.map((e) => (e.kind === 'contact' ? <ContactItem key={e.id} offenderId={offenderId} c={e} canEdit={canEdit} /> : <CourtItem key={e.id} offenderId={offenderId} e={e} />))}
    </ol>
  )
}

/** A sentence event or further conviction, worded in the reader's language from its stored type and values. */
async function CourtItem({ offenderId, e }: { offenderId: string; e: CourtEntry }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  // Stored dates are calendar days (midnight UTC); the entry's instant is London midnight of the same day.
  const day = (d: Date) => formatDate(d, 'day')
  const text =
    e.kind === 'sentence'
      ? sentenceEventText(t, day, e, e.sentenceType)
      : e.sentenceType
        ? t('timeline.furtherOffenceSentence', { category: t(`iom.offence.${e.category}`), sentenceType: t(`enums.sentenceType.${e.sentenceType}`) })
        : t('timeline.furtherOffence', { disposal: e.disposal, category: t(`iom.offence.${e.category}`) })
  const agency = e.kind === 'sentence' ? e.author.agency : e.recordedAgency
  return (
    <li className="border-l-4 border-gray-500 pl-3">
      <p className="font-bold">
        {t('timeline.courtEntry')} · {formatDate(e.occurredAt, 'date')}
        {e.kind === 'sentence' && ` · ${t('timeline.sentenceOf', { type: t(`enums.sentenceType.${e.sentenceType}`) })}`}
      </p>
      <p>{text}</p>
      {e.kind === 'conviction' && e.description && <p className="whitespace-pre-line">{e.description}</p>}
      <p className="text-sm text-gray-700">
        {t('contact.by', { author: e.author.name, agency: localisedName(agency, locale) })}
        {' · '}
        <Link href={`/offenders/${offenderId}/sentences`}>{t('timeline.seeSentences')}</Link>
      </p>
    </li>
  )
}
