import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { filterQuery } from '../filter-query'
import { searchText } from '../zod-fields'
import { personMatch } from '../offenders/search-offenders'
import { authorize, isLimitedFor, type Actor } from '../policy'
import { redactedRow } from '../redacted-row'
import { areaOf } from './nominals'

/** The most people the picker lists; a CRN finds one, a name the closest few. */
export const CANDIDATES_SHOWN = 20

// A search sent blank or of one character is told so (walk 41 F9: an empty "Find the nominal" did nothing); the page
// opened without a search sends none.
// Invisible characters at its edges do not count towards the two (break 43 F3: two zero-width spaces searched).
export const ZReviewCandidateQuery = filterQuery({ q: searchText().min(2, 'reviewSearchTooShort').max(100).optional() })

/**
 * Who a serious case review may be opened for, when it is opened from the MAPPA overview rather than a person's page
 * (issue 16 item 5): nominals (current or past) of the coordinator's area, found with the main search's rule
 * (`personMatch`, ADR 0023 as amended, h17f): a name (literal, with or without diacritics) lists only people the
 * coordinator may open in full, closest first, and reveals nothing of anyone else; an exact CRN or PNC id of a
 * nominal they may not see (limited access) gives one redacted row `{ restricted: true }`, last, with no id, name or
 * identifier, so it cannot be chosen. The search itself is audited.
 * @param input { q?: CRN, PNC id or name, at most 100 characters }; no q lists nobody
 * @returns { q, rows }: rows are `{ restricted: false, id, crn, firstName, lastName, dateOfBirth, mappaNominal }` or
 *   `{ restricted: true }`
 * @throws FORBIDDEN without mappa.manage or a MAPPA area; ZodError `controlCharacters` / `tooLong` on q
 */
export async function findReviewCandidates(actor: Actor, input: unknown) {
  authorize(actor, 'mappa.manage')
  const area = areaOf(actor)
  const q = ZReviewCandidateQuery.parse(input).q ?? ''
  if (q.length < 2) return { q, rows: [] }
  const match = await personMatch(actor, q)
  const found = await prisma.offender.findMany({
    where: { AND: [match.where, { mappaNominal: { is: { area } } }] },
    select: {
      id: true, crn: true, firstName: true, lastName: true, dateOfBirth: true,
      mappaNominal: { select: { level: true, category: true, endedAt: true } },
      accessRestrictions: { select: { kind: true, userId: true } },
    },
  })
  // The name matches come closest first (matchNames' order); an identifier matches one person.
  const rank = new Map([...match.scores.keys()].map((id, i) => [id, i]))
  const place = (r: { restricted: boolean; id?: string }) => (r.restricted ? Infinity : (rank.get(r.id ?? '') ?? 0))
  const rows = found
    .map(({ accessRestrictions, ...p }) => (isLimitedFor(actor, accessRestrictions) ? redactedRow(p, []) : { restricted: false as const, ...p }))
    // Closest first; a redacted row last, as the main search puts it (ADR 0023).
    .sort((a, b) => place(a) - place(b))
    .slice(0, CANDIDATES_SHOWN)
  await recordAudit(prisma, actor, { action: 'mappa.review.candidates', subjectType: 'MappaArea', subjectId: area, detail: { q, found: rows.length } })
  return { q, rows }
}
