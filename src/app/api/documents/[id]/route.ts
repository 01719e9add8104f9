import { isAppError } from '@/server/errors'
import { downloadDocument } from '@/server/documents/documents'
import { getActor } from '@/server/session'
import { areRecordIds } from '@/app/_lib/record-id'

export const dynamic = 'force-dynamic'

/** Audited download of a document attached to a record; out of scope and unknown ids are both 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor()
  if (!actor) return new Response(null, { status: 401 })
  // A malformed id is not found, as an unknown one: never a uuid column's refusal as a 500 (break test 16, D3).
  if (!areRecordIds(await params)) return new Response(null, { status: 404 })
  try {
    const doc = await downloadDocument(actor, (await params).id)
    return new Response(new Uint8Array(doc.content), {
      headers: {
        'Content-Type': doc.contentType,
        // RFC 8187 allows none of ' ( ) * unescaped, which encodeURIComponent leaves (a name may now hold a quote too).
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(doc.filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      },
    })
  } catch (e) {
    if (isAppError(e) && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return new Response(null, { status: 404 })
    throw e
  }
}
