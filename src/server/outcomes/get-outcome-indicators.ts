import 'server-only'
import { z } from 'zod'
import { outcomeTableNames } from '../../lib/outcomes/columns'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import type { Actor } from '../policy'
import { computeOutcomeFigures, indicatorFigures, type OutcomeFigures } from './compute-outcome-figures'
import { figuresAsAt, type FiguresAsAt } from './outcome-figure-sets'
import { outcomeFilterFor } from './lead-scope'
import type { TOutcomeFilter } from './outcome-filter'
import { iomFigures } from './iom-areas'
import { pathwayFigures } from './pathway-areas'

/**
 * Every outcome indicator for the dashboard (issue 14): proven reoffending, resettlement on release and at the end of
 * supervision, appointment compliance, enforcement and endings, service levels and programme completions, MAPPA, COSA, per quarter of the filter with its breakdown rows,
 * IOM reoffending and cost of crime per cohort and strand for members selected in the filter's quarters, and the
 * resettlement pathways' needs and referrals over the filter's window (issue 14 item 3); all disclosure-controlled. Input: raw filter fields (ZOutcomeFilter); `use` names the audit action (the dashboard
 * or the downloaded board pack). Reads the figures the nightly job precomputed for this filter when there are some,
 * else computes them; says when they were made (figuresAsAt: `asAt`, `precomputed`, `lateSince`). Throws FORBIDDEN without
 * `stats.view` or `stats.viewOwn` (a lead's area is forced: outcomeFilterFor, so a stored set for that area is the
 * same figures), ZodError on a bad filter. One audit row per call, with the filter.
 */
export async function getOutcomeIndicators(actor: Actor, input: unknown, use: 'view' | 'boardPack' = 'view'): Promise<{ filter: TOutcomeFilter; pathwaysAsAt: FiguresAsAt } & FiguresAsAt & OutcomeFigures> {
  const filter = await outcomeFilterFor(actor, input)
  // The sets hold aggregates for a filter, whoever asks; a lead's forced area is part of the filter, so only its own set matches.
  const { figures, pathwaysAsAt, ...when } = await withLivePathways(filter, 'all', (all) => all, (today) => computeOutcomeFigures(filter, today))
  await recordAudit(prisma, actor, { action: `outcomes.${use}`, subjectType: 'Outcomes', detail: filter })
  return { filter, ...when, pathwaysAsAt, ...figures }
}

/**
 * figuresAsAt, with the time of the pathway table apart (issue 14: a label that is not true): a view read from the
 * refresh (ADR 0026) computes its pathway table from the events when asked, since the refresh does not store it (its
 * people with a need depend on the window's end), so that table is as at the computation, not the refresh. Output:
 * figuresAsAt's, plus `pathwaysAsAt`: the same when the figures are a stored set or computed directly, else the
 * moment of the computation, not precomputed.
 */
async function withLivePathways<T>(filter: TOutcomeFilter, part: string, pick: (all: OutcomeFigures) => T, compute: (today: string) => Promise<T>): Promise<FiguresAsAt & { figures: T; pathwaysAsAt: FiguresAsAt }> {
  const { figures, computedAt, ...when } = await figuresAsAt(filter, part, pick, compute)
  return { figures, ...when, pathwaysAsAt: when.precomputed && computedAt ? { asAt: computedAt, precomputed: false, lateSince: null } : when }
}

const ZExport = z.object({ table: z.enum(outcomeTableNames, 'chooseOption'), format: z.enum(['csv', 'xlsx'], 'chooseOption') })

/**
 * One indicator's figures for download (CSV or XLSX), with the same filter, disclosure control and authorization as
 * the dashboard (a lead's area forced), from the same figures (the stored set when there is one) with their time
 * (FiguresAsAt). Input: the filter fields plus `table` and `format`. Audited as an export with its filter.
 */
export async function exportOutcomeTable(actor: Actor, input: unknown) {
  const filter = await outcomeFilterFor(actor, input)
  const { table, format } = ZExport.parse(input)
  const { figures: quarters, computedAt: _computedAt, ...when } = await figuresAsAt(filter, table, (all) => all[table], (today) => indicatorFigures(filter, table, today))
  await recordAudit(prisma, actor, { action: 'outcomes.export', subjectType: 'Outcomes', detail: { ...filter, table, format } })
  return { filter, table, format, quarters, ...when }
}

const ZIomExport = z.object({ format: z.enum(['csv', 'xlsx'], 'chooseOption') })

/**
 * The IOM reoffending and cost-of-crime table (per cohort and strand) for download, with the dashboard's filter,
 * disclosure control and authorization. Input: the filter fields plus `format`. Audited as an export (table "iom").
 */
export async function exportIomCosts(actor: Actor, input: unknown) {
  const filter = await outcomeFilterFor(actor, input)
  const { format } = ZIomExport.parse(input)
  const { figures: table, computedAt: _computedAt, ...when } = await figuresAsAt(filter, 'iomCosts', (all) => all.iomCosts, (today) => iomFigures(filter, today))
  await recordAudit(prisma, actor, { action: 'outcomes.export', subjectType: 'Outcomes', detail: { ...filter, table: 'iom', format } })
  return { filter, format, table, ...when }
}

/**
 * The resettlement pathway table (issue 14 item 3) for download, with the dashboard's filter, disclosure control and
 * authorization; final and interim quarters in tables of their own (PathwayFigures). Input: the filter fields plus
 * `format`. Audited as an export (table "pathways").
 */
export async function exportPathways(actor: Actor, input: unknown) {
  const filter = await outcomeFilterFor(actor, input)
  const { format } = ZIomExport.parse(input)
  const { figures: table, pathwaysAsAt: when } = await withLivePathways(filter, 'pathways', (all) => all.pathways, (today) => pathwayFigures(filter, today))
  await recordAudit(prisma, actor, { action: 'outcomes.export', subjectType: 'Outcomes', detail: { ...filter, table: 'pathways', format } })
  return { filter, format, table, ...when }
}
