import type { Metadata } from 'next'
import { randomUUID } from 'node:crypto'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { dateToLondonLocal } from '@/lib/dates'
import { DueTasks } from '@/components/due-tasks'
import { AllocationSection } from './_sections/allocation'
import { SentencePlanSection } from './_sections/sentence-plan'
import { DocumentsSection } from './_sections/documents'
import { MergeSection } from './_sections/merge'
import { AppointmentsSection } from './_sections/appointments'
import { EnforcementSection } from './_sections/enforcement'
import { can } from '@/server/policy'
import { requireActor } from '@/server/session'
import { ContactForm } from './contact-form'
import { RecordNav } from './record-nav'
import { getOffenderOrMerged, MergedNotice } from './merged-notice'
import { ContactsSection } from './_sections/contacts'
import { IdentitySection } from './_sections/identity'
import { RiskSection } from './_sections/risk'
import { SentenceSection } from './_sections/sentence'
import { BreakGlassForm } from '../_break-glass/break-glass-form'
import { BreakGlassBanner } from '../_break-glass/break-glass-banner'
import { AccessListsSection } from '../_break-glass/access-lists-section'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('offender')
  return { title: t('title') }
}

export default async function OffenderPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await recordIds(params)
  const { transfer } = await searchParams
  const actor = (await requireActor())
  const { page, merged, breakGlass } = await getOffenderOrMerged(actor, id)
  if (breakGlass) return <BreakGlassForm target={id} />
  if (!page) return <MergedNotice merged={merged!} />
  const { record, tasks, appointments, enforcement, allocation, objectives, documents, accessLists } = page
  const t = await getTranslations('offender')
  const tEnums = await getTranslations('enums')
  const tAbsences = await getTranslations('absences')
  const tApp = await getTranslations()
  return (
    <>
      <BreakGlassBanner {...page.breakGlass} />
      <p className="text-gray-700">{t('crnLabel', { crn: record.crn })}</p>
      <h1 className="mb-2 text-3xl font-bold">
        {record.firstName} {record.lastName}
      </h1>
      <p className="mb-6 flex flex-wrap gap-3">
        <span className="bg-brand px-2 py-1 font-bold text-white">{t('tierBadge', { tier: record.tier })}</span>
        <span className="self-center text-sm text-gray-700">
          {t('tierInputs', {
            rosh: record.tierInputs.rosh ? tEnums(`rosh.${record.tierInputs.rosh}`) : t('notAssessed'),
            mappa: record.tierInputs.mappaLevel ?? 0,
            iom: record.tierInputs.isIom ? 'yes' : 'no',
            complexity: record.tierInputs.complexityFlags,
          })}
        </span>
        {record.risk && <span className="bg-red-800 px-2 py-1 font-bold text-white">{t('roshBadge', { level: tEnums(`rosh.${record.risk.overallRosh}`) })}</span>}
        <span className={`self-center px-2 py-1 text-sm font-bold ${record.unacceptableAbsences > 0 ? 'border-2 border-error' : 'border border-gray-700'}`}>
          {tAbsences('count', { count: record.unacceptableAbsences })}
        </span>
        {record.canViewAudit && <Link href={`/offenders/${record.id}/audit`}>{t('whoLooked')}</Link>}
        {record.canExportSubjectAccess && <Link href={`/offenders/${record.id}/subject-access`}>{tApp('subjectAccess.link')}</Link>}
      </p>
      <RecordNav
        parts={[
          record.canWrite && { id: 'add-contact-heading', label: t('addContact') },
          tasks.length > 0 && { id: 'tasks-heading', label: tApp('tasks.title') },
          Boolean(appointments) && { id: 'appointments-heading', label: tApp('appointments.title') },
          enforcement.length > 0 && { id: 'enforcement-heading', label: tApp('enforcement.title') },
          { id: 'identity-heading', label: tApp('offender.identity') },
          { id: 'sentence-plan-heading', label: tApp('plan.title') },
          { id: 'contacts-heading', label: tApp('contact.recent') },
          { id: 'documents-heading', label: tApp('documents.title') },
          { id: 'allocation-heading', label: tApp('allocation.title') },
        ]}
      />
      {/* The everyday actions first (issue 15 item 10): add a contact, what is due, outcomes to record. */}
      {record.canWrite && (
        <section aria-labelledby="add-contact-heading" className="mb-10 max-w-2xl">
          <h2 id="add-contact-heading" className="mb-4 text-2xl font-bold">
            {t('addContact')}
          </h2>
          <ContactForm offenderId={record.id} idempotencyKey={randomUUID()} defaultOccurredAt={dateToLondonLocal(new Date())} disclosure={tApp('record.form.contact')} />
        </section>
      )}
      {tasks.length > 0 && <DueTasks tasks={tasks} showPerson={false} />}
      {appointments && <AppointmentsSection offenderId={record.id} appointments={appointments} canChange={record.canWrite} decisionsWaiting={enforcement.filter((e) => e.status === 'AWAITING_DECISION' || e.status === 'REJECTED').length} noActiveSentence={record.sentences.length === 0} />}
      <EnforcementSection actor={actor} entries={enforcement} canChange={record.canWrite} />
      <div className="mt-10 grid gap-8 lg:grid-cols-2">
        <IdentitySection record={record} />
        <RiskSection record={record} />
        <SentenceSection record={record} />
      </div>
      <SentencePlanSection offenderId={record.id} objectives={objectives} canUpdate={record.canWrite && can(actor, 'offender.update')} isFemale={record.sex === 'FEMALE'} />
      <ContactsSection record={record} />
      <DocumentsSection offenderId={record.id} documents={documents} canUpload={record.canWrite && can(actor, 'offender.update')} />
      <AllocationSection offenderId={record.id} panel={allocation} notice={transfer === 'accepted' || transfer === 'withdrawn' ? transfer : undefined} />
      {record.canWrite && can(actor, 'offender.merge') && <MergeSection offenderId={record.id} />}
      <AccessListsSection lists={accessLists} offenderId={record.id} />
    </>
  )
}
