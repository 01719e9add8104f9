import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { LanguageSwitch } from '@/components/language-switch'
import { getActor, unfinishedSignInPath } from '@/server/session'
import { isOidcEnabled } from '@/server/auth/oidc'
import { SignInForm } from './sign-in-form'
import { sameSitePath } from '@/lib/same-site-path'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth')
  return { title: t('title') }
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams
  if (await getActor()) redirect('/')
  // A session that still owes its single sign-on code or an enforced enrolment goes there first (ADR 0016).
  const unfinished = await unfinishedSignInPath()
  if (unfinished) redirect(unfinished)
  const t = await getTranslations()
  return (
    <div className="mx-auto max-w-md px-4 py-10">
      <div className="mb-8 flex items-center justify-between">
        <p className="text-2xl font-bold text-brand">{t('common.appName')}</p>
        <LanguageSwitch />
      </div>
      <main id="main">
        <h1 className="mb-2 text-3xl font-bold">{t('auth.title')}</h1>
        <p className="mb-6 text-gray-700">{t('auth.intro')}</p>
        {/* Sent here by a page whose session had gone (signed out elsewhere, disabled, timed out): say so (walk 53). */}
        {params.ended === '1' && <p role="status" className="mb-6 border-l-4 border-brand bg-brand-light p-3 font-bold">{t('errors.UNAUTHENTICATED')}</p>}
        {/* next-auth comes back here with ?error= when single sign-on ends without a session: AccessDenied when
            the identity provider's email is no active Llwybr user (oidc.ts), another code when the exchange failed. */}
        <SignInForm callbackUrl={sameSitePath(params.callbackUrl)} sso={isOidcEnabled()} ssoProblem={typeof params.error === 'string' ? t(params.error === 'AccessDenied' ? 'securityMore.sso.refused' : 'securityMore.sso.failed') : undefined} />
      </main>
    </div>
  )
}
