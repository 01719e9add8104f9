import Provider, { type Configuration } from 'oidc-provider'
import { accountFor, issuerFor, SSO_CLIENT } from './oidc-settings'

/**
 * A local OpenID provider for the single sign-on end-to-end tests (issue 17, "Single sign-on (OIDC)"), started by
 * playwright.config.ts beside the app. Development only: plain http on localhost, the package's built-in login page
 * (any password), throwaway signing keys made at start. Nothing is downloaded at run time.
 * Env: OIDC_PORT (its own port), E2E_PORT (the app's, for the redirect address).
 */
function configuration(appPort: string): Configuration {
  return {
    clients: [
      {
        client_id: SSO_CLIENT.id,
        client_secret: SSO_CLIENT.secret,
        redirect_uris: [`http://localhost:${appPort}/api/auth/callback/oidc`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // next-auth reads the profile from the ID token: put the email there, not only in userinfo.
    conformIdTokenClaims: false,
    findAccount: (_ctx, id) => {
      const account = accountFor(id)
      if (!account) return undefined
      return { accountId: id, claims: () => ({ sub: id, email: account.email, email_verified: true, name: account.name }) }
    },
    // A first-party client: consent is implied, so the tests drive only the provider's login page.
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId)
      if (grantId) return ctx.oidc.provider.Grant.find(grantId)
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! })
      grant.addOIDCScope('openid email profile')
      await grant.save()
      return grant
    },
    pkce: { required: () => true },
    cookies: { keys: ['e2e-only-oidc-cookie-key-0123456789'] },
  }
}

const port = Number(process.env.OIDC_PORT ?? 3200)
const provider = new Provider(issuerFor(port), configuration(process.env.E2E_PORT ?? '3100'))
const server = provider.listen(port, () => console.log(`[oidc] test identity provider on ${issuerFor(port)}`))
const stop = () => server.close(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
