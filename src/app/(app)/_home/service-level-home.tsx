import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { localisedName } from '@/lib/localised'
import { serviceLevelAlerts } from '@/server/partners/service-level-alerts'
import type { Actor } from '@/server/policy'
import { ServiceLevelClock } from '../partner/_clock'

/** The officer's priority referrals near or past their service level, so they can chase the partner in time. */
export async function ServiceLevelHome({ actor }: { actor: Actor }) {
  const alerts = await serviceLevelAlerts(actor)
  if (!alerts.length) return null
  const t = await getTranslations('serviceLevel')
  const locale = await getLocale()
  return (
    <section aria-labelledby="service-level-alerts" className="mb-10">
      <h2 id="service-level-alerts" className="mb-3 text-2xl font-bold">{t('alertsHeading', { count: alerts.length })}</h2>
      <ul className="space-y-2">
        {alerts.map((a) => (
          <li key={a.id}>
            <Link href={`/offenders/${a.offender.id}/referrals`}>{`${a.offender.firstName} ${a.offender.lastName} (${a.offender.crn})`}</Link>
            {' — '}{localisedName(a.service, locale)}{': '}<ServiceLevelClock clock={a.clock} />
          </li>
        ))}
      </ul>
    </section>
  )
}
