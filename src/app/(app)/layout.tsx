import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { LanguageSwitch } from '@/components/language-switch'
import { PageNoticeProvider } from '@/components/page-notice'
import { SignOutButton } from '@/components/sign-out-button'
import { SkipLink } from '@/components/skip-link'
import { navFor } from '@/server/policy/workspace'
import { postedNotice, postedQuestionBelow, postedRefusal, postedRefusalBelow } from '@/server/posted-notice'
import { requireActor, TWO_STEP_PATH } from '@/server/session'

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // A user who must still enrol a second factor is sent to enrolment (issue 17 TOTP).
  const actor = await requireActor()
  const t = await getTranslations()
  // One place decides what each role's navigation offers, from its permissions (issue 15 item 15).
  const nav = navFor(actor).map((n) => ({ href: n.href, label: t(n.label) }))
  const refusal = await postedRefusal()
  const refused = refusal ? { message: refusal, title: t('common.problem'), reload: t('errors.reload') } : null
  const below = await postedRefusalBelow()
  const asked = await postedQuestionBelow()
  const refusedBelow = below
    ? { anchor: `${below}-error-summary-title`, kind: 'problem' as const, title: t('common.problem'), message: t('errors.notSavedBelow'), link: t('errors.goToProblems') }
    : asked ? { anchor: asked, kind: 'question' as const, title: t('errors.questionTitle'), message: t('errors.questionBelow'), link: t('errors.goToQuestion') } : null
  return (
    <>
      <SkipLink />
      <header className="bg-brand text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="text-xl font-bold text-white no-underline">
            {t('common.appName')}
          </Link>
          <div className="flex items-center gap-4 text-sm [&_button]:text-white">
            <span>
              {actor.name} · {t(`roles.${actor.roles[0] ?? 'PROBATION_OFFICER'}`)}
            </span>
            <Link href={TWO_STEP_PATH} className="text-white">
              {t('totp.menuLink')}
            </Link>
            <LanguageSwitch />
            <SignOutButton label={t('common.signOut')} />
          </div>
        </div>
        <nav aria-label={t('nav.label')} className="bg-brand-light">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-6 px-4 py-2">
            {nav.map((n) => (
              <li key={n.href}>
                <Link href={n.href} className="font-bold">
                  {n.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8">
        <PageNoticeProvider posted={await postedNotice()} refused={refused} refusedBelow={refusedBelow}>{children}</PageNoticeProvider>
      </main>
    </>
  )
}
