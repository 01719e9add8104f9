const BASE = 'http://llwybr.invalid'

/**
 * A path on this site to send the browser to after signing in or switching language, or "/" (never an open redirect).
 * The value is read as the browser will read it, by the WHATWG URL parser: a backslash counts as a slash and tabs and
 * line breaks vanish (break 52 F5: `/\evil.example/phish` and `/<tab>/evil.example` passed a "starts with one slash"
 * check and signed the user in to another site), and dot segments are resolved, so `/..//evil.example` (break 52 F9)
 * cannot leave a path that begins with two slashes. Re-encoded, so nothing can break a Location header.
 * Input: the raw value (any type). Output: "/path?query#hash" on this site, at most 2,000 characters read.
 */
export function sameSitePath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000 || !value.startsWith('/')) return '/'
  try {
    const url = new URL(value, BASE)
    if (url.origin !== BASE) return '/'
    return `${url.pathname.replace(/^\/{2,}/, '/')}${url.search}${url.hash}`
  } catch {
    return '/'
  }
}

/**
 * next-auth's redirect callback: where a sign-in or sign-out ends, on this site only. Its default parsed the address
 * with `new URL` unguarded, so one it could not parse (`http://[`, a port over 65535, from the form or the callback
 * cookie) answered 500 on every auth route (re-break 52 F3). Input: the wanted address (anything: next-auth passes a
 * JSON body's value as it came) and the site's origin.
 * Output: an absolute address on `baseUrl`; the site's home when the wanted one is elsewhere, unreadable or not an
 * address (neither a path nor an http(s) address).
 */
export function sameSiteRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  // next-auth passes on a JSON body's callbackUrl as sent: an object became "/[object Object]" (re-break 54).
  if (typeof url !== 'string') return baseUrl
  // Only a path or a whole http(s) address: other text ("{"a":1}", "offenders") read relative to the site became a
  // page that does not exist (break 55 F6).
  if (!url.startsWith('/') && !/^https?:\/\//i.test(url)) return baseUrl
  try {
    const wanted = new URL(url, baseUrl)
    if (wanted.origin !== new URL(baseUrl).origin) return baseUrl
    return `${baseUrl.replace(/\/$/, '')}${sameSitePath(`${wanted.pathname}${wanted.search}${wanted.hash}`)}`
  } catch {
    return baseUrl
  }
}

/**
 * Whether next-auth will take this as a callback address (an http(s) address, or a path on `base`). Given one it will
 * not, in the address (`?callbackUrl=http://[`) or in its callback cookie (`http://x:99999/`), next-auth answers 500 on
 * every auth route as a configuration error, and a planted cookie kept sign-in from working (re-break 52 F3).
 * Input: the value and the site's origin. Output: boolean.
 */
export function isCallbackAddress(value: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith('/') ? base : undefined).protocol)
  } catch {
    return false
  }
}
