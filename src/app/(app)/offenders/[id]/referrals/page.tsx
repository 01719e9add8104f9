import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { getPersonReferrals } from '@/server/partners/person-referrals'
import { requireActor } from '@/server/session'
import { NewReferral } from './new-referral'
import { ReferralCard } from './referral-card'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('personReferrals')
  return { title: t('title') }
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/** A person's referrals to partner services, with the partners' updates and the service-level clock; and a new referral. */
export default async function PersonReferralsPage({ params, searchParams }: Props) {
  const actor = (await requireActor())
  const { service } = await searchParams
  const data = await orNotFound(getPersonReferrals(actor, (await recordIds(params)).id, typeof service === 'string' ? service : undefined))
  const { person } = data
  const t = await getTranslations()
  return (
    <>
      <p><Link href={`/offenders/${person.id}`}>{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('personReferrals.heading', { name: `${person.firstName} ${person.lastName} (${person.crn})` })}</h1>
      <p className="mb-6"><Link href={`/offenders/${person.id}/timeline`}>{t('personReferrals.timelineLink')}</Link></p>
      <section aria-labelledby="referrals-made" className="mb-10 max-w-3xl">
        <h2 id="referrals-made" className="mb-3 text-2xl font-bold">{t('personReferrals.made')}</h2>
        {data.referrals.length === 0 ? <p>{t('personReferrals.none')}</p> : (
          <ul className="space-y-8">
            {data.referrals.map((r) => <ReferralCard key={r.id} offenderId={person.id} referral={r} canWithdraw={data.canRefer} />)}
          </ul>
        )}
      </section>
      {data.choices && <NewReferral offenderId={person.id} choices={data.choices} />}
    </>
  )
}
