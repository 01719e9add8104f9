import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { BeforeSignInHeader } from '@/components/before-sign-in-header'
import { getTwoStepSettings } from '@/server/two-step/enrol'
import { sameSitePath } from '@/lib/same-site-path'
import { recoveryNoticeShown } from '@/lib/recovery-used'
import { getTwoStepActor, signInAfterSessionEnd } from '@/server/session'
import { EnrolForm } from './enrol-form'
import { DisableForm, RegenerateForm } from './manage-forms'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('totp')
  return { title: t('title') }
}

/**
 * The user's own two-step verification (issue 17 TOTP). Outside the (app) layout on purpose: a user whose agency
 * requires a second factor is sent here after their password and can reach nothing else until they have enrolled. A
 * sign-in with a recovery code comes here too (`recoveryUsed=1`, `next`: lib/recovery-used.ts), told how many are left
 * when one was really used just now (recoveryNoticeShown).
 */
export default async function TwoStepPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams
  const actor = await getTwoStepActor()
  if (!actor) redirect(await signInAfterSessionEnd())
  const settings = await getTwoStepSettings(actor)
  const t = await getTranslations()
  const canLeave = settings.enrolled || !settings.required
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <BeforeSignInHeader appName={t('common.appName')} signOut={t('common.signOut')} />
      <main id="main" className="space-y-6">
        <h1 className="text-3xl font-bold">{t('totp.title')}</h1>
        <p>{t('totp.intro')}</p>
        {settings.enrolled && recoveryNoticeShown(params.recoveryUsed, settings.recoveryUsedAt) && (
          <div role="status" className="space-y-2 border-l-4 border-brand bg-brand-light p-4">
            <p className="font-bold">{t('totp.recoveryUsed')} {t('totp.codesLeft', { count: settings.recoveryCodesLeft })}</p>
            <p>{t('totp.recoveryUsedAdvice')}</p>
            <p><Link className="font-bold underline" href={sameSitePath(params.next)}>{t('totp.continue')}</Link></p>
          </div>
        )}
        {/* Rendered once enrolled too, at the same place: a confirmation sent without the script lands here (break 55 F1). */}
        <EnrolForm enrolling={settings.enrolled ? null : { secret: settings.secret, qrDataUrl: settings.qrDataUrl }} back={canLeave ? t('totp.backHome') : undefined} required={settings.required ? t('totp.required') : undefined} />
        {settings.enrolled && (
          <>
            <p className="font-bold">{t('totp.enrolled')}</p>
            <p>{t('totp.codesLeft', { count: settings.recoveryCodesLeft })}</p>
            <RegenerateForm text={{ heading: t('totp.regenerateHeading'), intro: t('totp.regenerateIntro'), submit: t('totp.regenerate') }} />
            {settings.required ? <p>{t('totp.cannotDisable')}</p> : <DisableForm text={{ heading: t('totp.disableHeading'), intro: t('totp.disableIntro'), submit: t('totp.disable') }} />}
          </>
        )}
        {settings.enrolled && (
          <p>
            <Link href="/">{t('totp.backHome')}</Link>
          </p>
        )}
      </main>
    </div>
  )
}
