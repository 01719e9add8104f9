import { NextResponse, type NextRequest } from 'next/server'

const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token']
const PUBLIC = ['/sign-in', '/api/auth', '/api/health', '/api/cosa/calendar']

function contentSecurityPolicy(nonce: string): string {
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
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/**
 * Next 16's middleware. It sets the CSP nonce and no-store caching, and sends visitors with no session
 * cookie to sign-in as a convenience. It never decides access: every page and action re-checks the actor.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const csp = contentSecurityPolicy(nonce)
  const { pathname, search } = request.nextUrl
  const isPublic = PUBLIC.some((p) => pathname === p || pathname.startsWith(`${p}/`))
  const hasSession = SESSION_COOKIES.some((c) => request.cookies.has(c))

  let response: NextResponse
  if (!isPublic && !hasSession) {
    const url = new URL('/sign-in', request.url)
    if (pathname !== '/') url.searchParams.set('callbackUrl', `${pathname}${search}`)
    response = NextResponse.redirect(url)
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
