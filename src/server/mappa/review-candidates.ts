import 'server-only'
import { z } from 'zod'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { filterQuery } from '../filter-query'
import { matchNames } from '../offenders/name-match'
import { authorize, offenderVisible, type Actor } from '../policy'
import { areaOf } from './nominals'

/** The most people the picker lists; a CRN finds one, a name the closest few. */
export const CANDIDATES_SHOWN = 20

export const ZReviewCandidateQuery = filterQuery({ q: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string().max(100).optional()) })
const CRN = /^[A-Z]\d{6}$/

/**
 * Who a serious case review may be opened for, when it is opened from the MAPPA overview rather than a person's page
 * (issue 16 item 5): nominals (current or past) of the coordinator's area that they may open in full, found by exact
 * CRN or by name with the one people search (`matchNames`, literal, with or without diacritics), closest first.
 * Limited Access people the coordinator may not see are never listed. The search itself is audited.
 * @param input { q?: CRN or name, at most 100 characters }; no q lists nobody
 * @throws FORBIDDEN without mappa.manage or a MAPPA area; ZodError `controlCharacters` / `tooLong` on q
 */
export async function findReviewCandidates(actor: Actor, input: unknown) {
  authorize(actor, 'mappa.manage')
  const area = areaOf(actor)
  const q = ZReviewCandidateQuery.parse(input).q ?? ''
  if (q.length < 2) return { q, rows: [] }
  const crn = CRN.test(q.toUpperCase()) ? q.toUpperCase() : null
  const scores = crn ? [] : await matchNames(prisma, q)
  const rank = new Map(scores.map((s, i) => [s.id, i]))
  const found = await prisma.offender.findMany({
    where: { AND: [offenderVisible(actor), { mappaNominal: { is: { area } } }, crn ? { crn } : { id: { in: [...rank.keys()] } }] },
    select: { id: true, crn: true, firstName: true, lastName: true, dateOfBirth: true, mappaNominal: { select: { level: true, category: true, endedAt: true } } },
  })
  const rows = found.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0)).slice(0, CANDIDATES_SHOWN)
  await recordAudit(prisma, actor, { action: 'mappa.review.candidates', subjectType: 'MappaArea', subjectId: area, detail: { q, found: rows.length } })
  return { q, rows }
}
