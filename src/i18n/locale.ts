export const locales = ['en', 'cy'] as const
export type AppLocale = (typeof locales)[number]
export const defaultLocale: AppLocale = 'en'
export const LOCALE_COOKIE = 'llwybr-locale'

export const isLocale = (v: unknown): v is AppLocale => typeof v === 'string' && (locales as readonly string[]).includes(v)
