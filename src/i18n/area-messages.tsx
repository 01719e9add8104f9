import { NextIntlClientProvider } from 'next-intl'
import { getMessages } from 'next-intl/server'
import { CLIENT_MESSAGE_KEYS, type ClientArea } from './client-message-keys'
import { clientMessages } from './client-messages'

/**
 * The messages the client components of one area of the app read (issue 18 item 4): the root layout sends the
 * shared components' keys only, and each area with client components of its own (sign-in, the home page, admin,
 * MAPPA, a person's pages) wraps its pages in this, with the shared keys again (a nested provider replaces its
 * parent's messages rather than adding to them). Which keys each area needs is checked against the code by
 * client-messages.test.ts. Input: the area, the children. Output: the provider.
 */
export async function AreaMessages({ area, children }: { area: ClientArea; children: React.ReactNode }) {
  const messages = (await getMessages()) as Parameters<typeof clientMessages>[0]
  const keys = area === 'shared' ? CLIENT_MESSAGE_KEYS.shared : [...CLIENT_MESSAGE_KEYS.shared, ...CLIENT_MESSAGE_KEYS[area]]
  return <NextIntlClientProvider messages={clientMessages(messages, keys)}>{children}</NextIntlClientProvider>
}
