import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { localisedName } from '@/lib/localised'
import { leadOptions } from '@/server/iom/leads'
import { getPersonIom } from '@/server/iom/person-iom'
import { can } from '@/server/policy'
import { requireActor } from '@/server/session'
import { IntelligenceSection } from './_intelligence'
import { MembershipSection } from './_membership'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('iomMember')
  return { title: t('title') }
}

/**
 * A person's IOM record: their memberships of the area's cohorts (leads, RAG, reviews, joint plan, flags and
 * history), the panel's decisions about them, and — for police only — police intelligence.
 */
export default async function OffenderIomPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = (await requireActor())
  const { id } = await recordIds(params)
  const person = await orNotFound(getPersonIom(actor, id))
  // Staff excluded from this person are not offered as their leads (sec18b item 3).
  const leads = await leadOptions(actor, id)
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  const day = (d: Date) => formatDate(d, 'day')
  return (
    <>
      <p><Link href={`/offenders/${person.id}`}>{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('iomMember.heading', { name: `${person.firstName} ${person.lastName} (${person.crn})` })}</h1>
      {person.iomMemberships.length === 0 && <p className="mb-8">{t('iomMember.notMember')}</p>}
      {person.iomMemberships.map((m) => <MembershipSection key={m.id} offenderId={person.id} member={m} leads={leads} canManage={can(actor, 'iom.manage')} />)}

      <section aria-labelledby="decisions-heading" className="mb-10 max-w-3xl">
        <h2 id="decisions-heading" className="mb-3 text-2xl font-bold">{t('iomMember.decisions')}</h2>
        {person.iomDecisions.length === 0 ? <p>{t('iomMember.noDecisions')}</p> : (
          <ul className="space-y-3">
            {person.iomDecisions.map((d) => (
              <li key={d.id} className="border-l-4 border-brand pl-3">
                <p className="font-bold">{t('iomMember.decisionLine', { decision: t(d.selected ? 'iomCohort.selected' : 'iomCohort.notSelected'), cohort: localisedName(d.cohort, locale), date: day(d.panelOn) })}</p>
                <p>{d.reason}</p>
                <p className="text-sm">{t('iomMember.panelists', { list: d.panelists.join(', '), name: d.by })}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {can(actor, 'intel.police') && <IntelligenceSection actor={actor} offenderId={person.id} />}
    </>
  )
}
