import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import type { Region } from '../../generated/prisma/enums'
import type { Tx } from '../db'
import { invalid } from '../errors'

type CohortArea = { region: Region; lduId: string | null; localAuthorityIds: string[] }

/**
 * The people a cohort's candidates may come from (issue 15 item 17), as an SQL condition on the person `o` and their
 * LDU `ldu`: supervised in its force area and, when it names them, in its LDU and living in one of its local
 * authorities. A condition of the candidate query, never a filter after it.
 */
export function cohortAreaSql(c: CohortArea): Prisma.Sql {
  return Prisma.join(
    [
      Prisma.sql`ldu.region = ${c.region}::"Region"`,
      ...(c.lduId ? [Prisma.sql`o."lduId" = ${c.lduId}::uuid`] : []),
      ...(c.localAuthorityIds.length ? [Prisma.sql`o."localAuthorityId" IN (${Prisma.join(c.localAuthorityIds.map((id) => Prisma.sql`${id}::uuid`))})`] : []),
    ],
    ' AND ',
  )
}

/**
 * cohortAreaSql as a Prisma condition on a person, for a write that names one person: the panel's decision must be
 * on someone its candidate list could show (break 61 F11: a Swansea person posted into the Cardiff and Vale cohort).
 */
export function cohortAreaWhere(c: CohortArea): Prisma.OffenderWhereInput {
  return { ldu: { region: c.region }, ...(c.lduId ? { lduId: c.lduId } : {}), ...(c.localAuthorityIds.length ? { localAuthorityId: { in: c.localAuthorityIds } } : {}) }
}

/** Refuses an LDU or local authority outside the cohort's force area, as a field error on the field that names it. */
export async function assertAreaInRegion(tx: Pick<Tx, 'area' | 'localAuthority'>, c: CohortArea): Promise<void> {
  if (c.lduId && !(await tx.area.count({ where: { id: c.lduId, region: c.region, kind: 'LDU' } }))) throw invalid('lduId', 'iomAreaOutsideRegion')
  const ids = [...new Set(c.localAuthorityIds)]
  if (ids.length && (await tx.localAuthority.count({ where: { id: { in: ids }, region: c.region } })) !== ids.length) {
    throw invalid('localAuthorityIds', 'iomAreaOutsideRegion')
  }
}

/** The LDUs and local authorities of a force area, for the cohort form's area fields. */
export async function areaChoices(db: Pick<Tx, 'area' | 'localAuthority'>, region: Region) {
  const [ldus, localAuthorities] = await Promise.all([
    db.area.findMany({ where: { region, kind: 'LDU' }, orderBy: { name: 'asc' }, select: { id: true, name: true, nameCy: true } }),
    db.localAuthority.findMany({ where: { region }, orderBy: { name: 'asc' }, select: { id: true, name: true, nameCy: true } }),
  ])
  return { ldus, localAuthorities }
}
