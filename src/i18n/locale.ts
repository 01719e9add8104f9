export const locales = ['en', 'cy'] as const
export type AppLocale = (typeof locales)[number]
export const defaultLocale: AppLocale = 'en'
export const LOCALE_COOKIE = 'llwybr-locale'

export const isLocale = (v: unknown): v is AppLocale => typeof v === 'string' && (locales as readonly string[]).includes(v)

/** How the language cookie is kept: a year, on every path, never read by scripts. */
export const LOCALE_COOKIE_OPTIONS = { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 60 * 60 * 24 * 365 } as const
