import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { Button } from '@/components/button'
import { ErrorSummary } from '@/components/error-summary'
import { TextField } from '@/components/text-field'
import { getDateFormatter } from '@/i18n/date-formatter'
import { subjectAccessDueOn } from '@/lib/subject-access-due'
import { requireActor } from '@/server/session'
import { getSubjectAccessTarget } from '@/server/subject-access/get-subject-access-target'
import { ZSubjectAccessRequest } from '@/server/subject-access/subject-access.schemas'
import { issueKey } from '@/server/validation-messages'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('subjectAccess')
  return { title: t('title') }
}

// A field repeated in a hand-made address arrives as an array, which the schema refuses (break 50 F5).
type Query = { reference?: string | string[]; receivedOn?: string | string[] }
const shown = (value: string | string[] | undefined) => [value ?? ''].flat()[0] ?? ''

/**
 * Subject access export (issue 17): the request's reference and the day it was received (a GET form, so it works
 * without JavaScript), then the due date and the download link. The download itself is the audited disclosure.
 */
export default async function SubjectAccessPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Query> }) {
  const { id } = await recordIds(params)
  const query = await searchParams
  const actor = await requireActor()
  const person = await orNotFound(getSubjectAccessTarget(actor, id))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const submitted = query.reference !== undefined || query.receivedOn !== undefined
  const parsed = submitted ? ZSubjectAccessRequest.safeParse({ reference: query.reference ?? '', receivedOn: query.receivedOn ?? '' }) : null
  const errors: Record<string, string[]> = {}
  for (const issue of parsed?.error?.issues ?? []) {
    const { key, values } = issueKey(issue)
    errors[String(issue.path[0])] ??= [t(`validation.${key}`, values)]
  }
  const request = parsed?.success ? parsed.data : null
  const labels = { reference: t('subjectAccess.reference'), receivedOn: t('subjectAccess.receivedOn') }
  return (
    <>
      <p>
        <Link href={`/offenders/${person.id}`}>{t('common.back')}</Link>
      </p>
      <h1 className="my-4 text-3xl font-bold">{t('subjectAccess.heading', { name: `${person.firstName} ${person.lastName}`, crn: person.crn })}</h1>
      <p className="mb-6 max-w-3xl">{t('subjectAccess.intro')}</p>
      {Object.keys(errors).length > 0 && <ErrorSummary title={t('common.problem')} fieldErrors={errors} labels={labels} />}
      <form noValidate method="get" aria-labelledby="request-heading" className="mb-8 max-w-xl space-y-4">
        <h2 id="request-heading" className="text-xl font-bold">{t('subjectAccess.formTitle')}</h2>
        <TextField name="reference" label={labels.reference} hint={t('subjectAccess.referenceHint')} defaultValue={shown(query.reference)} maxLength={40} errors={errors.reference} autoComplete="off" />
        <TextField name="receivedOn" type="date" label={labels.receivedOn} hint={t('subjectAccess.receivedOnHint')} defaultValue={shown(query.receivedOn)} errors={errors.receivedOn} />
        <Button type="submit">{t('subjectAccess.check')}</Button>
      </form>
      {request && (
        <section aria-labelledby="ready-heading" className="mb-8 max-w-3xl border-l-4 border-brand pl-4">
          <h2 id="ready-heading" className="mb-2 text-xl font-bold">{t('subjectAccess.readyTitle')}</h2>
          <p className="mb-2 font-bold">{t('subjectAccess.due', { date: formatDate(new Date(`${subjectAccessDueOn(request.receivedOn)}T00:00:00Z`), 'dayLong') })}</p>
          <p className="mb-4">{t('subjectAccess.downloadHint')}</p>
          <p>
            <a href={`/offenders/${person.id}/subject-access/bundle?${new URLSearchParams(request)}`} download>{t('subjectAccess.download')}</a>
          </p>
        </section>
      )}
    </>
  )
}
