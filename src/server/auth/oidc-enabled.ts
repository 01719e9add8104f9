/**
 * Whether single sign-on is set up: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET all given (security.md AU-4).
 * Its own module so the proxy's content security policy can ask without loading the sign-in code. Input: the
 * environment. Output: boolean.
 */
export const isOidcEnabled = (env: Record<string, string | undefined> = process.env) => Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET)
