import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { localisedName } from '@/lib/localised'
import type { getPersonIom } from '@/server/iom/person-iom'
import { MemberForms, type Leads } from './_member-forms'

export type Member = Awaited<ReturnType<typeof getPersonIom>>['iomMemberships'][number]

/** One membership: where it stands, the joint case plan, its history, and (for IOM staff) the forms that change it. */
export async function MembershipSection({ offenderId, member: m, leads, canManage }: { offenderId: string; member: Member; leads: Leads; canManage: boolean }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  const day = (d: Date) => formatDate(d, 'day')
  const when = (d: Date) => formatDate(d, 'date')
  const headingId = `member-${m.id}`
  const label = (kind: string, v: string | null) => (v === null ? '' : kind === 'STATUS' ? t(`iom.statusName.${v}`) : t(`iom.ragName.${v}`))
  // A lead a restriction list added since leaves out cannot see the member (walk 68 F3): said where IOM staff read it,
  // with what to do. Only IOM staff are offered leads, so only they are told.
  const lead = (who: { id: string; name: string } | null, offered: { id: string }[]) =>
    !who ? t('iom.noLead') : canManage && !offered.some((u) => u.id === who.id) ? t('iomMember.leadCannotSee', { name: who.name }) : who.name
  const flags = [m.drugTesting && t('iom.drugTesting'), m.electronicMonitoring && t('iom.electronicMonitoring')].filter(Boolean).join(', ')
  return (
    <section aria-labelledby={headingId} className="mb-10 max-w-3xl">
      <h2 id={headingId} className="mb-3 text-2xl font-bold">{`${localisedName(m.cohort, locale)} (${t(`iom.strandName.${m.cohort.strand}`)})`}</h2>
      <dl className="mb-6 grid sm:grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-bold">{t('iom.status')}</dt>
        <dd>{t(`iom.statusName.${m.status}`)}{m.statusReason && ` — ${m.statusReason}`}</dd>
        <dt className="font-bold">{t('iom.rag')}</dt>
        <dd>{t('iomMember.ragSince', { rag: t(`iom.ragName.${m.rag}`), date: when(m.ragChangedAt), reason: m.ragReason })}</dd>
        <dt className="font-bold">{t('iom.policeLead')}</dt>
        <dd>{lead(m.policeLead, leads.police)}</dd>
        <dt className="font-bold">{t('iom.probationLead')}</dt>
        <dd>{lead(m.probationLead, leads.probation)}</dd>
        <dt className="font-bold">{t('iom.nextReview')}</dt>
        <dd className={m.review.overdue && m.status !== 'DESELECTED' ? 'font-bold text-error' : undefined}>
          {m.review.overdue ? t('iom.overdueBy', { days: m.review.days, date: day(m.nextReviewOn) }) : t('iom.dueOn', { date: day(m.nextReviewOn) })}
        </dd>
        <dt className="font-bold">{t('iomMember.selectedOn')}</dt>
        <dd>{day(m.selectedOn)}</dd>
        <dt className="font-bold">{t('iom.flags')}</dt>
        <dd>{flags || t('iom.noFlags')}</dd>
      </dl>
      <h3 className="mb-2 text-xl font-bold">{t('iomMember.jointPlan')}</h3>
      <p className="mb-6 whitespace-pre-wrap">{m.jointPlan ?? t('iomMember.noPlan')}</p>
      <h3 className="mb-2 text-xl font-bold">{t('iomMember.history')}</h3>
      <ol className="mb-6 space-y-3">
        {m.events.map((e) => (
          <li key={e.id} className="border-l-4 border-brand pl-3">
            <p className="font-bold">
              {t(`iomMember.eventKind.${e.kind}`)}
              {e.toValue && ` — ${e.fromValue ? t('iomMember.fromTo', { from: label(e.kind, e.fromValue), to: label(e.kind, e.toValue) }) : label(e.kind, e.toValue)}`}
            </p>
            {e.note && <p className="whitespace-pre-wrap">{e.note}</p>}
            <p className="text-sm">{t('iomMember.eventBy', { date: when(e.at), name: e.by })}</p>
          </li>
        ))}
      </ol>
      {m.status === 'DESELECTED' ? <p>{t('iomMember.closed')}</p> : canManage && <MemberForms offenderId={offenderId} member={m} leads={leads} />}
    </section>
  )
}
