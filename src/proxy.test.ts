import { describe, expect, it, vi } from 'vitest'

vi.mock('./lib/database-gate', () => ({ databaseReachable: async () => true, unavailablePage: () => '' }))
const { formActionSources } = await import('./proxy')

// Walk 63 F3: the sign-in page's single sign-on form is answered with a redirect to the identity provider, which the
// policy's form-action also governs; with only 'self' the browser stopped it.
describe('where a form may send the browser', () => {
  const sso = { OIDC_CLIENT_ID: 'llwybr', OIDC_CLIENT_SECRET: 'secret' }
  it('is this site, and the identity provider’s origin when single sign-on is set up', () => {
    expect(formActionSources({})).toBe("'self'")
    expect(formActionSources({ ...sso, OIDC_ISSUER: 'https://login.example.gov.wales/realms/llwybr' })).toBe("'self' https://login.example.gov.wales")
    expect(formActionSources({ OIDC_ISSUER: 'https://login.example.gov.wales' })).toBe("'self'")
    // Review 63: a provider whose sign-in passes through another origin names it.
    expect(formActionSources({ ...sso, OIDC_ISSUER: 'https://idp.example/', OIDC_SIGN_IN_ORIGINS: ' https://login.example/x  https://idp.example ftp://x ' })).toBe("'self' https://idp.example https://login.example")
  })
  it('never takes more than an http(s) origin from the setting', () => {
    for (const issuer of ['not a url', "https://x.example/ 'unsafe-inline'", 'javascript:alert(1)', 'data:text/html,x'])
      expect(formActionSources({ ...sso, OIDC_ISSUER: issuer }), issuer).toMatch(/^'self'( https?:\/\/[a-z0-9.:-]+)?$/)
  })
})
