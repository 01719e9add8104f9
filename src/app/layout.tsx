import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { AreaMessages } from '@/i18n/area-messages'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common')
  return { title: { default: t('appName'), template: `%s – ${t('appName')}` } }
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale()
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        {/* The shared client components' messages; each area adds its own (issue 18 item 4). */}
        <AreaMessages area="shared">{children}</AreaMessages>
      </body>
    </html>
  )
}
