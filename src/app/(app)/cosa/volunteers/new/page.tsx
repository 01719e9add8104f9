import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { ActionForm } from '@/components/action-form'
import { recordEnquiryAction } from '@/server/cosa/actions'
import { can } from '@/server/policy'
import { getActor } from '@/server/session'
import { notFound } from 'next/navigation'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('cosa')
  return { title: t('newEnquiry') }
}

export default async function NewVolunteerPage() {
  if (!can(await getActor(), 'cosa.manage')) notFound()
  const t = await getTranslations()
  return (
    <>
      <p><Link href="/cosa">{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('cosa.newEnquiry')}</h1>
      <div className="max-w-2xl">
        <ActionForm
          problemTitle={t('common.problem')}
          action={recordEnquiryAction}
          idPrefix="enquiry"
          hidden={{}}
          fields={[
            { kind: 'text', name: 'firstName', label: t('cosa.firstName') },
            { kind: 'text', name: 'lastName', label: t('cosa.lastName') },
            { kind: 'text', name: 'email', label: t('cosa.email') },
            { kind: 'text', name: 'phone', label: t('cosa.phone') },
            { kind: 'date', name: 'dateOfBirth', label: t('cosa.dateOfBirth'), hint: t('cosa.dateOfBirthHint') },
            { kind: 'text', name: 'gender', label: t('cosa.gender') },
            { kind: 'text', name: 'homeArea', label: t('cosa.homeArea') },
            { kind: 'text', name: 'travelRadiusMiles', label: t('cosa.travelRadius') },
            { kind: 'checkboxes', name: 'welshSpeaker', label: t('cosa.welsh'), options: [{ value: 'on', label: t('cosa.welshSpeaker') }] },
            { kind: 'text', name: 'skills', label: t('cosa.skills'), hint: t('cosa.skillsHint') },
          ]}
          submitLabel={t('cosa.recordEnquiry')}
          successMessage={t('cosa.recorded')}
        />
      </div>
    </>
  )
}
