import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { localisedName } from '@/lib/localised'
import type { UpdateView } from '@/server/partners/referral-view'

/** A referral's history, oldest first: each step with who wrote it, for which agency, and when. */
export async function ReferralHistory({ updates, level, id }: { updates: UpdateView[]; level: 2 | 4; id?: string }) {
  const t = await getTranslations('partnerReferral')
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  const Heading = level === 2 ? 'h2' : 'h4'
  return (
    <>
      <Heading id={id} className={level === 2 ? 'mb-3 text-2xl font-bold' : 'mt-3 font-bold'}>{t('history')}</Heading>
      {updates.length === 0 ? <p>{t('noUpdates')}</p> : (
        <ol className="space-y-2">
          {updates.map((u) => (
            <li key={u.id}>
              <p>
                <span className="font-bold">{t(`kind.${u.kind}`)}</span>
                {' — '}
                {t('updateBy', { author: u.author.name, agency: localisedName(u.agency, locale), when: formatDate(u.createdAt, 'dateTime') })}
              </p>
              {u.note && <p className="whitespace-pre-wrap">{u.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
