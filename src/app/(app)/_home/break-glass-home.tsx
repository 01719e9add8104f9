import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { recentOpeningsCount } from '@/server/break-glass/answerable-openings'
import type { Actor } from '@/server/policy'

/** The data protection lead's home: how many break-glass openings began this week, and the way to review them. */
export async function BreakGlassHome({ actor }: { actor: Actor }) {
  const t = await getTranslations('breakGlass.home')
  const count = await recentOpeningsCount(actor)
  return (
    <section aria-labelledby="break-glass-heading" className="mb-10 max-w-3xl">
      <h2 id="break-glass-heading" className="mb-4 text-2xl font-bold">{t('title')}</h2>
      <p className="mb-4">{t('body')}</p>
      <p className="mb-4">{t('count', { count })}</p>
      <p><Link href="/admin/break-glass">{t('link')}</Link></p>
    </section>
  )
}
