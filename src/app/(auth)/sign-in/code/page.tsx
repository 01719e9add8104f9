import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { BeforeSignInHeader } from '@/components/before-sign-in-header'
import { sameSitePath } from '@/lib/same-site-path'
import { getActor, getActorOwingCode, signInAfterSessionEnd } from '@/server/session'
import { SignInCodeForm } from './code-form'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('totp.signIn')
  return { title: t('heading') }
}

/**
 * The second step of a single sign-on for a user with two-step verification (ADR 0016, issue 17). The session exists
 * but nothing else accepts it (session.ts) until a code is given here; signing out abandons it.
 */
export default async function SignInCodePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { next } = await searchParams
  if (await getActor()) redirect('/')
  if (!(await getActorOwingCode())) redirect(await signInAfterSessionEnd(sameSitePath(next)))
  const t = await getTranslations()
  return (
    <div className="mx-auto max-w-md px-4 py-10">
      <BeforeSignInHeader appName={t('common.appName')} signOut={t('common.signOut')} />
      <main id="main">
        <h1 className="mb-2 text-3xl font-bold">{t('totp.signIn.heading')}</h1>
        <p className="mb-2">{t('totp.signIn.ssoIntro')}</p>
        <p className="mb-6">{t('totp.signIn.intro')}</p>
        <SignInCodeForm next={sameSitePath(next)} />
      </main>
    </div>
  )
}
