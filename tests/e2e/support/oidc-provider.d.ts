// oidc-provider 8 ships no types: just the part tests/e2e/support/oidc-idp.ts uses.
declare module 'oidc-provider' {
  import type { Server } from 'node:http'

  interface Grant {
    addOIDCScope(scope: string): void
    save(): Promise<string>
  }
  interface Ctx {
    oidc: {
      provider: Provider
      client?: { clientId: string }
      session?: { accountId?: string; grantIdFor(clientId: string): string | undefined }
      result?: { consent?: { grantId?: string } }
    }
  }
  type Account = { accountId: string; claims: () => Record<string, unknown> }
  export type Configuration = {
    clients: Record<string, unknown>[]
    claims: Record<string, string[]>
    conformIdTokenClaims: boolean
    findAccount: (ctx: Ctx, id: string) => Account | undefined | Promise<Account | undefined>
    loadExistingGrant: (ctx: Ctx) => Promise<Grant | undefined>
    pkce: { required: () => boolean }
    cookies: { keys: string[] }
  }
  export default class Provider {
    constructor(issuer: string, configuration: Configuration)
    Grant: { new (init: { clientId: string; accountId: string }): Grant; find(id: string): Promise<Grant | undefined> }
    listen(port: number, callback?: () => void): Server
  }
}
