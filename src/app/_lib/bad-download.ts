import 'server-only'
import type { ZodError } from 'zod'
import { fieldErrorsOf } from '@/server/action'

/**
 * The answer to a download whose address holds a bad value (hand-edited, an old bookmark): 400 with a short plain-text
 * message in the reader's language, `intro` first, then one line per bad field by its label where the page shows one,
 * never an empty answer a browser shows as a blank page (walk 46: an outcomes export with a made-up breakdown; issue 16
 * MAPPA fix item 4 for the action tracker).
 * @param error the ZodError of the download's query
 * @param intro the translated first line: what could not be made and where to change it
 * @param label a field's translated label, or undefined to name it as the address does
 * @returns a 400 `text/plain` Response, not cached
 */
export async function badDownloadAddress(error: ZodError, intro: string, label: (field: string) => string | undefined = () => undefined): Promise<Response> {
  const errors = await fieldErrorsOf(error)
  const lines = Object.entries(errors).map(([field, messages]) => `${label(field) ?? field}: ${messages.join(' ')}`)
  return new Response([intro, ...lines].join('\n') + '\n', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' } })
}
