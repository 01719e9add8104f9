import { getTranslations } from 'next-intl/server'
import { AreaMessages } from '@/i18n/area-messages'
import { hasCalendarLink } from '@/server/cosa/calendar'
import { isAppError } from '@/server/errors'
import type { Actor } from '@/server/policy'
import { CalendarLinkForm } from './calendar-link-form'

/**
 * For the volunteer's home page (read on a phone): a private address that puts their confirmed circle meetings
 * in their phone's calendar. Nothing is shown to someone who is not a current volunteer.
 */
export async function CalendarLinkSection({ actor }: { actor: Actor }) {
  const hasLink = await hasCalendarLink(actor).catch((e: unknown) => {
    if (isAppError(e) && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return null
    throw e
  })
  if (hasLink === null) return null
  const t = await getTranslations('calendar')
  return (
    <section aria-labelledby="calendar-heading" className="mb-10 max-w-xl">
      <h2 id="calendar-heading" className="mb-3 text-2xl font-bold">{t('heading')}</h2>
      <p className="mb-2">{t('intro')}</p>
      <p className="mb-2 font-bold">{t('private')}</p>
      <p className="mb-3">{t('how')}</p>
      <AreaMessages area="home">
        <CalendarLinkForm hasLink={hasLink} />
      </AreaMessages>
    </section>
  )
}
