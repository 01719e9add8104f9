import { vi } from 'vitest'
import { cookieJar, Redirected, signedIn } from './support'

/**
 * Import first, before any server module: server actions then run as a request would run them without Next
 * (messages are their catalogue keys, the actor is `signedIn.actor`, a redirect throws `Redirected`). One copy for
 * every test that calls actions as raw requests (issue 17).
 */
vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => key, getLocale: async () => 'en' }))
vi.mock('next/cache', () => ({ revalidatePath: () => {} }))
vi.mock('next/headers', () => ({ cookies: async () => cookieJar, headers: async () => new Headers() }))
vi.mock('next/navigation', () => ({ redirect: (url: string) => { throw new Redirected(url) } }))
// The whole session seam: the two-step actions resolve their caller through getTwoStepActor.
vi.mock('../../../src/server/session', () => ({
  TWO_STEP_PATH: '/account/two-step',
  getActor: async () => signedIn.actor,
  getTwoStepActor: async () => signedIn.actor,
  // The language switch saves to whoever holds the session (re-break 52b F7): here, the signed-in actor.
  getSessionHolder: async () => signedIn.actor,
  getSessionLocale: async () => signedIn.actor?.locale ?? null,
  mustEnrolFirst: async () => false,
  // Every signed-in actor here is fully signed in: none owes a single sign-on code (ADR 0016).
  SIGN_IN_CODE_PATH: '/sign-in/code',
  getActorOwingCode: async () => null,
  unfinishedSignInPath: async () => null,
  requireActor: async () => {
    if (!signedIn.actor) throw new Redirected('/sign-in')
    return signedIn.actor
  },
}))
