import 'server-only'
import { AsyncLocalStorage } from 'node:async_hooks'
import { Prisma } from '../../generated/prisma/client'
import type { IndicatorDef } from './indicator-events'
import { breakdownKey, personConditions, startWindow, type Breakdown, type TOutcomeFilter } from './outcome-filter'
import { inPriorityGroup, type PriorityGroup } from './priority-groups'

/**
 * Where an indicator's rows of `m` and their person's dimensions come from (docs/decisions/0026): `events(f)` is
 * `WITH …, m AS (…)` for the filter's window; `from` the FROM clause over `m` that the conditions and keys read;
 * `conditions(f)` the filter's area, agency and priority group; `key(by)` a breakdown's key; `counted(id)` the
 * condition a row meets to be counted by a count measure. The same grouped queries run over either source.
 */
export type EventSource = {
  events: (f: TOutcomeFilter) => Prisma.Sql
  from: Prisma.Sql
  conditions: (f: TOutcomeFilter) => Prisma.Sql
  key: (by: Breakdown) => { key: Prisma.Sql; join: Prisma.Sql; where: Prisma.Sql }
  counted: (id: string) => Prisma.Sql
  /** The condition that the row's person was in `group` on the row's day (a second group beside the filter's). */
  inGroup: (group: PriorityGroup) => Prisma.Sql
}

/** The recorded events, joined to the person, their LDU and local authority as they are now (ADR 0011). */
export const directSource = (def: IndicatorDef): EventSource => ({
  events: def.events,
  from: Prisma.sql`m
      JOIN "Offender" o ON o.id = m.offender_id
      LEFT JOIN "Area" ldu ON ldu.id = o."lduId"
      LEFT JOIN "LocalAuthority" la ON la.id = o."localAuthorityId"`,
  conditions: personConditions,
  key: breakdownKey,
  counted: (id) => def.counts[id]!,
  inGroup: inPriorityGroup,
})

const column = (id: string) => Prisma.raw(`"${id.replace(/"/g, '')}"`)

/**
 * The indicator's facts as `m` (table OutcomeFact, written by refreshOutcomeFacts): each stored event of the window
 * with the dimensions and count flags the refresh stored, and the summed columns under their own names, so the
 * indicator's `sums` read them unchanged.
 */
function factSource(name: string, def: IndicatorDef): EventSource {
  const counts = Object.keys(def.counts)
  const summed = (def.summed ?? []).map((c, i) => Prisma.sql`, x.amounts[${Prisma.raw(String(i + 1))}] AS ${column(c)}`)
  return {
    events: (f) => {
      const w = startWindow(f)
      return Prisma.sql`
    WITH m AS (
      SELECT x."offenderId" AS offender_id, x.day, x.region, x."lduId", x."localAuthorityId", x."agencyId", x.sex, x."ageBand",
        x.ethnicity, x.groups, x.flags ${summed.length ? Prisma.join(summed, ' ') : Prisma.empty}
        ${def.cohortColumn ? Prisma.sql`, x."cohortId" AS ${column(def.cohortColumn)}` : Prisma.empty}
      FROM "OutcomeFact" x
      WHERE x.indicator = ${name} AND x.day >= ${w.from}::date AND x.day < ${w.to}::date
    )`
    },
    from: Prisma.sql`m`,
    conditions: (f) => {
      const parts: Prisma.Sql[] = [Prisma.sql`TRUE`]
      if (f.region) parts.push(Prisma.sql`m.region = ${f.region}::"Region"`)
      if (f.lduId) parts.push(Prisma.sql`m."lduId" = ${f.lduId}::uuid`)
      if (f.localAuthorityId) parts.push(Prisma.sql`m."localAuthorityId" = ${f.localAuthorityId}::uuid`)
      if (f.agencyId) parts.push(Prisma.sql`m."agencyId" = ${f.agencyId}::uuid`)
      if (f.group) parts.push(Prisma.sql`${f.group}::text = ANY (m.groups)`)
      return Prisma.join(parts, ' AND ')
    },
    key: (by) => {
      const plain = (key: Prisma.Sql) => ({ key, join: Prisma.empty, where: Prisma.sql`TRUE` })
      switch (by) {
        case 'none': return plain(Prisma.sql`'all'`)
        case 'region': return plain(Prisma.sql`m.region::text`)
        case 'ldu': return plain(Prisma.sql`m."lduId"::text`)
        case 'localAuthority': return plain(Prisma.sql`m."localAuthorityId"::text`)
        case 'agency': return plain(Prisma.sql`m."agencyId"::text`)
        case 'sex': return plain(Prisma.sql`m.sex`)
        case 'ageBand': return plain(Prisma.sql`m."ageBand"`)
        case 'ethnicity': return plain(Prisma.sql`m.ethnicity`)
        case 'priorityGroup': return { key: Prisma.sql`g.key`, join: Prisma.sql`CROSS JOIN LATERAL unnest(m.groups) AS g(key)`, where: Prisma.sql`TRUE` }
      }
    },
    counted: (id) => Prisma.sql`m.flags[${Prisma.raw(String(counts.indexOf(id) + 1))}]`,
    inGroup: (group) => Prisma.sql`${group}::text = ANY (m.groups)`,
  }
}

/**
 * The SELECT that turns an indicator's `m` (from its events) into facts: per row, the person's dimensions on the
 * row's day as the direct queries compute them (directSource's keys and priority-group conditions), whether each
 * count counts it, the summed columns and the IOM cohort (cohortColumn). Read with `${def.events(window)} ${factRows(name, def)}`.
 */
export function factRows(name: string, def: IndicatorDef, groups: readonly string[]): Prisma.Sql {
  const direct = directSource(def)
  const conditions = Object.values(def.counts).map((c) => Prisma.sql`(${c})`)
  const flags = conditions.length ? Prisma.sql`ARRAY[${Prisma.join(conditions, ', ')}]::boolean[]` : Prisma.sql`'{}'::boolean[]`
  const amounts = def.summed?.length ? Prisma.sql`ARRAY[${Prisma.join(def.summed.map((c) => Prisma.sql`m.${column(c)}`), ', ')}]::numeric[]` : Prisma.sql`'{}'::numeric[]`
  const inGroups = Prisma.join(groups.map((g) => Prisma.sql`CASE WHEN ${inPriorityGroup(g as Parameters<typeof inPriorityGroup>[0])} THEN ${g}::text END`), ', ')
  return Prisma.sql`
    SELECT ${name}, m.offender_id, m.day, COALESCE(ldu.region, la.region), o."lduId", o."localAuthorityId", o."responsibleAgencyId",
      ${direct.key('sex').key}, ${direct.key('ageBand').key}, ${direct.key('ethnicity').key},
      array_remove(ARRAY[${inGroups}]::text[], NULL), ${flags}, ${amounts},
      ${def.cohortColumn ? Prisma.sql`m.${column(def.cohortColumn)}` : Prisma.sql`NULL::uuid`}
    FROM ${direct.from}`
}

// Set for the length of one computation that reads the facts, with each indicator's name in OutcomeFact.
const reading = new AsyncLocalStorage<ReadonlyMap<IndicatorDef, string>>()

/**
 * Runs `compute` with every indicator query in it reading the facts (`names`: each definition's indicator name).
 * Scoped to the call, so concurrent requests that compute directly are not affected.
 */
export function withFactSource<T>(names: ReadonlyMap<IndicatorDef, string>, compute: () => Promise<T>): Promise<T> {
  return reading.run(names, compute)
}

/** The source an indicator's query reads now: its facts inside withFactSource, else its events. */
export function sourceOf(def: IndicatorDef): EventSource {
  const name = reading.getStore()?.get(def)
  return name ? factSource(name, def) : directSource(def)
}
