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
