import { headers } from 'next/headers'
import { getLocale, getTranslations } from 'next-intl/server'
import { Suspense } from 'react'
import { switchLocaleAction } from '@/server/users/locale-actions'
import { ReturnToField } from './return-to-field'

/** Offers the other language, labelled in that language (lang attribute for screen readers). */
export async function LanguageSwitch() {
  const locale = await getLocale()
  const t = await getTranslations('common')
  const other = locale === 'cy' ? 'en' : 'cy'
  const path = (await headers()).get('x-pathname') ?? '/'
  return (
    <form noValidate action={switchLocaleAction} data-language-switch>
      <input type="hidden" name="locale" value={other} />
      <Suspense fallback={<input type="hidden" name="returnTo" value={path} />}>
        <ReturnToField fallback={path} />
      </Suspense>
      <button type="submit" lang={other} className="underline" aria-label={t('switchLanguageTo', { language: t(`language.${other}`) })}>
        {t(`language.${other}`)}
      </button>
    </form>
  )
}
