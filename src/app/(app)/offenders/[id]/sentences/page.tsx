import type { Metadata } from 'next'
import { randomUUID } from 'node:crypto'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { getSentences } from '@/server/sentences/get-sentences'
import { requireActor } from '@/server/session'
import { CircumstancesSection, ConvictionsSection } from './circumstances-and-convictions'
import { CourtOutcomeForm } from './court-outcome-form'
import { SentenceCard } from './sentence-card'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('sentences')
  return { title: t('title') }
}

/** A person's sentences from court to termination, their accommodation and employment over time, and further convictions. */
export default async function OffenderSentencesPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = (await requireActor())
  const o = await orNotFound(getSentences(actor, (await recordIds(params)).id))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  // Orders a new court outcome may revoke: the active ones, each with the version this page was built from.
  const activeOrders = o.sentences
    .filter((s) => s.status === 'ACTIVE')
    .map((s) => ({ value: `${s.id}:${s.version}`, label: t('sentences.orderOption', { type: t(`enums.sentenceType.${s.type}`), date: formatDate(s.startDate, 'day') }) }))
  return (
    <>
      <p><Link href={`/offenders/${o.id}`}>{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('sentences.heading', { name: `${o.firstName} ${o.lastName}`, crn: o.crn })}</h1>
      <section aria-labelledby="orders-heading" className="mb-10">
        <h2 id="orders-heading" className="mb-3 text-2xl font-bold">{t('sentences.orders')}</h2>
        {o.sentences.length === 0 && <p>{t('sentences.noOrders')}</p>}
        {o.sentences.map((s) => <SentenceCard key={s.id} s={s} canManage={o.canManage} />)}
        {o.canManage && (
          <div className="mt-4 max-w-2xl">
            <CourtOutcomeForm offenderId={o.id} idempotencyKey={randomUUID()} activeOrders={activeOrders} summary={t('sentences.recordOutcome')} />
          </div>
        )}
      </section>
      <CircumstancesSection offenderId={o.id} rows={o.circumstances} canRecord={o.canRecordCircumstances} />
      <ConvictionsSection offenderId={o.id} rows={o.provenOffences} canRecord={o.canRecordConviction} />
    </>
  )
}
