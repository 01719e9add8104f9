import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { LanguageSwitch } from '@/components/language-switch'
import { SignOutButton } from '@/components/sign-out-button'
import { can } from '@/server/policy'
import { getActor } from '@/server/session'

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor()
  if (!actor) redirect('/sign-in')
  const t = await getTranslations()
  const nav = [
    { href: '/', label: t('nav.home'), show: true },
    { href: '/diary', label: t('diary.nav'), show: can(actor, 'diary.view') },
    { href: '/offenders', label: t('nav.search'), show: can(actor, 'offender.search') },
    { href: '/mappa', label: t('nav.mappa'), show: can(actor, 'mappa.manage') },
    { href: '/cosa', label: t('nav.cosa'), show: can(actor, 'cosa.manage') },
    { href: '/iom', label: t('nav.iom'), show: can(actor, 'iom.read') },
    { href: '/partner', label: t('nav.partner'), show: can(actor, 'partner.work') },
    { href: '/outcomes', label: t('outcomes.nav'), show: can(actor, 'stats.view') },
    { href: '/admin/services', label: t('nav.services'), show: can(actor, 'service.manage') },
    { href: '/admin/support-needs', label: t('nav.supportNeeds'), show: can(actor, 'service.manage') },
    { href: '/admin/letters', label: t('letters.nav'), show: can(actor, 'letter.manage') },
    { href: '/admin/users', label: t('nav.users'), show: can(actor, 'user.manage') },
    { href: '/admin/agencies', label: t('nav.agencies'), show: can(actor, 'agency.manage') },
    { href: '/admin/audit', label: t('nav.audit'), show: can(actor, 'audit.read') && can(actor, 'user.manage') },
  ].filter((n) => n.show)
  return (
    <>
      <a href="#main" className="sr-only bg-focus p-2 text-black focus:not-sr-only focus:absolute focus:left-2 focus:top-2">
        {t('common.skipLink')}
      </a>
      <header className="bg-brand text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="text-xl font-bold text-white no-underline">
            {t('common.appName')}
          </Link>
          <div className="flex items-center gap-4 text-sm [&_button]:text-white">
            <span>
              {actor.name} · {t(`roles.${actor.roles[0] ?? 'PROBATION_OFFICER'}`)}
            </span>
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
        {children}
      </main>
    </>
  )
}
