/**
 * What the app and the local OpenID provider of the end-to-end tests agree on (issue 17, "Single sign-on (OIDC)"):
 * a static client, and identity provider accounts by login name. Emails match seeded Llwybr users (one in other
 * letter case), one matches nobody, and one belongs to the officer whom sso.spec.ts disables.
 */
export const SSO_CLIENT = { id: 'llwybr-e2e', secret: 'e2e-only-oidc-secret-0123456789abcdef' }

export const SSO_ACCOUNTS: Record<string, { email: string; name: string }> = {
  officer: { email: 'Probation.Officer@llwybr.test', name: 'Rhian Evans' },
  stranger: { email: 'nobody.known@llwybr.test', name: 'Anne Hysbys' },
  leaver: { email: 'elin.parry.1@llwybr.test', name: 'Elin Parry' },
}

/**
 * The provider's account for a login name: a named one above, or, for a login that is an email address, an account
 * with that email (sso.spec.ts signs in a user it has just created and enrolled in two-step verification).
 */
export function accountFor(login: string): { email: string; name: string } | undefined {
  return SSO_ACCOUNTS[login] ?? (/^[^@\s]+@[^@\s]+$/.test(login) ? { email: login, name: login } : undefined)
}

/** The provider's address (plain http on localhost: tests only). */
export const issuerFor = (port: number | string) => `http://localhost:${port}`
