import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

export async function AdminHome() {
  const t = await getTranslations('adminHome')
  return (
    <section aria-labelledby="admin-heading" className="mb-10">
      <h2 id="admin-heading" className="mb-4 text-2xl font-bold">
        {t('title')}
      </h2>
      <p className="mb-4">{t('intro')}</p>
      <ul className="list-disc space-y-2 pl-6">
        <li><Link href="/admin/users">{t('users')}</Link></li>
        <li><Link href="/admin/agencies">{t('agencies')}</Link></li>
        <li><Link href="/admin/audit">{t('audit')}</Link></li>
      </ul>
    </section>
  )
}
