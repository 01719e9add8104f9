import { NextResponse, type NextRequest } from 'next/server'
import { databaseReachable, unavailablePage } from './lib/database-gate'
import { isOidcEnabled } from './server/auth/oidc-enabled'
import { isForeignOrigin, isOversized, mayBeServerAction } from './lib/same-origin'

const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token']
const PUBLIC = ['/sign-in', '/api/auth', '/api/health', '/api/cosa/calendar']

/**
 * Where a form may send the browser: this site, and with single sign-on the identity provider's origin and any others
 * its sign-in passes through (OIDC_SIGN_IN_ORIGINS, space-separated), since the sign-in page's form without the script
 * is answered with a redirect to it and form-action holds every redirect after (walk 63 F3; review 63). Only http(s)
 * origins are taken. Input: the environment. Output: the directive's sources.
 */
export function formActionSources(env: Record<string, string | undefined> = process.env): string {
  if (!isOidcEnabled(env)) return "'self'"
  const origins = [env.OIDC_ISSUER, ...(env.OIDC_SIGN_IN_ORIGINS ?? '').split(/\s+/)].flatMap((value) => {
    try {
      const { origin, protocol } = new URL(value ?? '')
      return protocol === 'https:' || protocol === 'http:' ? [origin] : []
    } catch {
      return []
    }
  })
  return ["'self'", ...new Set(origins)].join(' ')
}

// Only the sign-in pages hold the single sign-on form: every other page's forms stay on this site (review 63).
function contentSecurityPolicy(nonce: string, signIn: boolean): string {
  const dev = process.env.NODE_ENV !== 'production'
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${signIn ? formActionSources() : "'self'"}`,
    "frame-ancestors 'none'",
  ].join('; ')
}

/**
 * Next 16's middleware. It sets the CSP nonce and no-store caching, and sends visitors with no session
 * cookie to sign-in as a convenience. It never decides access: every page and action re-checks the actor. It refuses
 * cross-site server action posts with 403, and answers 503 at once while the database cannot be reached.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const { pathname, search } = request.nextUrl
  const csp = contentSecurityPolicy(nonce, pathname === '/sign-in' || pathname.startsWith('/sign-in/'))
  const isPublic = PUBLIC.some((p) => pathname === p || pathname.startsWith(`${p}/`))
  // A server action posted from another site is refused here with 403; Next itself would answer 500 (issue 17 item 5).
  // One over the body limit gets 413 (the upload form says so itself before sending, issue 17 item 4).
  if (!pathname.startsWith('/api/') && mayBeServerAction(request.method, request.headers)) {
    const status = isForeignOrigin(request.headers) ? 403 : isOversized(request.headers) ? 413 : 0
    if (status) return new NextResponse(null, { status, headers: { 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' } })
  }
  // While the database cannot be reached, every page is a plain "service unavailable" at once (issue 17 item 7);
  // /api/health answers for itself.
  if (pathname !== '/api/health' && !(await databaseReachable())) {
    return new NextResponse(unavailablePage(nonce), { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '5', 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' } })
  }
  const hasSession = SESSION_COOKIES.some((c) => request.cookies.has(c))

  let response: NextResponse
  // A server action called by the page's script without a session goes on to the action, which answers "Your session
  // has ended. Sign in again." in its form: a redirect in answer to it showed the generic "problem with the service"
  // page (break 53 F7). A form posted without the script is sent to sign-in with 303, so the browser asks for the page,
  // where a 307 had it post the form again to the sign-in page, which answered 409 (re-break 53 F5).
  if (!isPublic && !hasSession && !request.headers.has('next-action')) {
    const url = new URL('/sign-in', request.url)
    if (pathname !== '/') url.searchParams.set('callbackUrl', `${pathname}${search}`)
    response = NextResponse.redirect(url, request.method === 'POST' ? 303 : 307)
  } else {
    const headers = new Headers(request.headers)
    headers.set('x-nonce', nonce)
    headers.set('x-pathname', `${pathname}${search}`)
    headers.set('Content-Security-Policy', csp)
    response = NextResponse.next({ request: { headers } })
  }
  response.headers.set('Content-Security-Policy', csp)
  response.headers.set('Cache-Control', 'no-store')
  return response
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|icon.svg).*)' }],
}
