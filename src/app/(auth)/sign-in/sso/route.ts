import { cookies } from 'next/headers'
import { NextRequest } from 'next/server'
import { POST as authRoute } from '@/app/api/auth/[...nextauth]/route'
import { refusedAuthRequest } from '@/lib/auth-route-guard'
import { isForeignOrigin } from '@/lib/same-origin'
import { sameSitePath } from '@/lib/same-site-path'
import { isOidcEnabled } from '@/server/auth/oidc'
import { ssoCsrfPair } from '@/server/auth/sso-start'

/**
 * The single sign-on button's form (walk 63 F3: without the page's script it did nothing). Starts the identity
 * provider's journey as next-auth's own `signIn('oidc')` does: a POST to its sign-in route with a CSRF token whose
 * cookie is set here, answered with the redirect to the provider. Input: a form POST from this site with
 * `callbackUrl` (only a path on this site is kept). Output: next-auth's redirect; 403 from another site; the sign-in
 * page when single sign-on is not configured; 400 for what next-auth's routes refuse (auth-route-guard.ts).
 */
export async function POST(request: NextRequest): Promise<Response> {
  if (isForeignOrigin(request.headers)) return new Response(null, { status: 403 })
  // next-auth reads the browser's own cookies, so what its routes refuse before it reads them is refused here on the
  // browser's request (review 63: a planted callback cookie would otherwise make every sign-on fail with a 500).
  const refused = await refusedAuthRequest(request)
  if (refused) return refused
  if (!isOidcEnabled()) return Response.redirect(new URL('/sign-in', request.url), 303)
  const form = await request.formData().catch(() => null)
  const callbackUrl = sameSitePath(form?.get('callbackUrl'))
  const { cookie, token } = ssoCsrfPair()
  // next-auth reads the request's cookies through next/headers, which in a route handler sees what is set here.
  ;(await cookies()).set(cookie.name, cookie.value, { httpOnly: true, sameSite: 'lax', path: '/', secure: cookie.secure })
  const body = new URLSearchParams({ csrfToken: token, callbackUrl })
  const signIn = new NextRequest(new URL('/api/auth/signin/oidc', request.url), { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } })
  return authRoute(signIn, { params: Promise.resolve({ nextauth: ['signin', 'oidc'] }) })
}
