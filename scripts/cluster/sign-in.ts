/** Cookies as one Cookie header, merged from earlier ones and a response's Set-Cookie headers. */
function merge(jar: Map<string, string>, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';')[0] ?? ''
    const at = pair.indexOf('=')
    jar.set(pair.slice(0, at), pair.slice(at + 1))
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ')
}

/**
 * Signs in through next-auth's credentials endpoint as a browser would (CSRF token, then the form post), without a
 * browser. Input: the base URL (an instance or the load balancer), email, password. Output: `{ cookie }` carrying the
 * session when it worked, and `error`, next-auth's reason from the redirect, when it did not.
 */
export async function signInOverHttp(base: string, email: string, password: string): Promise<{ cookie: string; error?: string }> {
  const jar = new Map<string, string>()
  const csrfResponse = await fetch(`${base}/api/auth/csrf`)
  let cookie = merge(jar, csrfResponse)
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string }
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/`, json: 'true' }),
  })
  cookie = merge(jar, response)
  const location = response.headers.get('location') ?? ''
  const error = new URL(location, base).searchParams.get('error') ?? (jar.has('next-auth.session-token') ? undefined : `HTTP ${response.status}`)
  return { cookie, error }
}
